/**
 * Loads a network file into the hub's database, for a deployment whose services run on their own
 * (docker-compose.yml's `network` one-shot; `npm start` applies the demo network itself).
 *
 *   apply.ts <network.yaml>
 *
 * DATABASE_URL says where; `<ADAPTER>_PORTAL_URL` and `<ADAPTER>_PORTAL_WEBHOOK_SECRETS` say where each
 * portal the file names is reached (scripts/network/portal-endpoints.ts). Re-applying a file changes nothing.
 */
import { applyNetwork, Database } from '@rma-hub/persistence';
import { readNetworkFile } from '@rma-hub/platform';
import { databaseName, databaseUrlFromEnv } from '../db/migrations';
import { portalEndpointsFromEnv } from './portal-endpoints';

async function main(argv: string[]): Promise<number> {
  const [file, ...rest] = argv;
  if (!file || rest.length > 0) {
    console.error('usage: apply.ts <network.yaml>');
    return 2;
  }
  const network = await readNetworkFile(file);
  const portals = portalEndpointsFromEnv(network, process.env);
  const databaseUrl = databaseUrlFromEnv();
  const db = new Database({ url: databaseUrl, poolSize: 1 });
  try {
    await applyNetwork(db, network, portals);
  } finally {
    await db.disconnect();
  }
  const keys = network.parties.reduce((sum, party) => sum + party.apiKeys.length, 0);
  console.log(`Applied ${file} to ${databaseName(databaseUrl)}: ${network.parties.length} parties, ${keys} API keys, ${network.routes.length} routes, ${Object.keys(portals).length} portals.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
