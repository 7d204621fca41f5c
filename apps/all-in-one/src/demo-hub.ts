import type { NetworkFile } from '@rma-hub/contracts';
import { applyNetwork, Database } from '@rma-hub/persistence';
import { generateWebhookSecret, type HubConfig, type RunningService } from '@rma-hub/platform';
import { createPortalSimulator, type PortalSimulator } from '../../portal-sim/src/portal-simulator';
import { startHub, type HubModules } from './hub';

export interface DemoHub {
  hub: RunningService;
  simulator: PortalSimulator;
  simulatorUrl: string;
  close(): Promise<void>;
}

/**
 * The hub, its network and the portal simulator standing in for the manufacturers' portals:
 * what `npm start` runs and what end-to-end tests drive. The webhook secret is fresh each time.
 */
export async function startDemoHub(config: HubConfig, network: NetworkFile, options: { simulatorPort?: number; modules?: HubModules } = {}): Promise<DemoHub> {
  const secrets = { ubiquiti: generateWebhookSecret(), innovaphone: generateWebhookSecret() };
  const simulator = createPortalSimulator({ webhookSecrets: secrets });
  const simulatorUrl = await simulator.listen(options.simulatorPort ?? 0);

  const db = new Database({ url: config.database.url, poolSize: 2 });
  try {
    await applyNetwork(db, network, {
      ubiquiti: { baseUrl: simulatorUrl, webhookSecrets: [secrets.ubiquiti] },
      grandstream: { baseUrl: simulatorUrl, webhookSecrets: [] },
      innovaphone: { baseUrl: simulatorUrl, webhookSecrets: [secrets.innovaphone] },
    });
  } finally {
    await db.disconnect();
  }
  const hub = await startHub(config, options.modules);
  simulator.setHubUrl(hub.url);
  return {
    hub,
    simulator,
    simulatorUrl,
    close: async () => {
      await hub.close();
      await simulator.close();
    },
  };
}
