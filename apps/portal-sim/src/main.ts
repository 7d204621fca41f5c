import { z } from 'zod';
import { closeOnSignals } from '@rma-hub/platform';
import { createPortalSimulator } from './portal-simulator';

const env = z
  .object({
    PORTAL_SIM_PORT: z.coerce.number().int().default(4010),
    HUB_URL: z.url().default('http://127.0.0.1:3000'),
    UBIQUITI_WEBHOOK_SECRET: z.string().startsWith('whsec_', { error: 'must be a Standard Webhooks secret (whsec_…)' }),
    INNOVAPHONE_WEBHOOK_SECRET: z.string().startsWith('whsec_', { error: 'must be a Standard Webhooks secret (whsec_…)' }),
  })
  .parse(process.env);

const simulator = createPortalSimulator({ hubUrl: env.HUB_URL, webhookSecrets: { ubiquiti: env.UBIQUITI_WEBHOOK_SECRET, innovaphone: env.INNOVAPHONE_WEBHOOK_SECRET } });
void simulator.listen(env.PORTAL_SIM_PORT).then((url) => {
  console.log(`portal simulator listening on ${url}`);
  closeOnSignals(simulator.close);
});
