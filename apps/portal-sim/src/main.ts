import { closeOnSignals, startTracing } from '@rma-hub/platform';
import { PortalSimEnv } from './env';
import { createPortalSimulator } from './portal-simulator';

const env = PortalSimEnv.parse(process.env);
const tracing = startTracing({ otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined, serviceName: undefined }, 'rma-hub-portal-sim');

const simulator = createPortalSimulator({ hubUrl: env.HUB_URL, webhookSecrets: { ubiquiti: env.UBIQUITI_WEBHOOK_SECRET, innovaphone: env.INNOVAPHONE_WEBHOOK_SECRET } });
void simulator.listen(env.PORTAL_SIM_PORT, env.PORTAL_SIM_HOST).then((url) => {
  console.log(`portal simulator listening on ${url}`);
  closeOnSignals(async () => {
    await simulator.close();
    await tracing?.shutdown();
  });
});
