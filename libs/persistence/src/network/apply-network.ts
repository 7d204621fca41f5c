import type { NetworkFile } from '@rma-hub/contracts';
import type { Database } from '../database';

export interface PortalEndpoint {
  baseUrl: string;
  webhookSecrets: string[];
}

/**
 * Loads a declared network into the database: parties, hashed API keys, routes and channels.
 * Re-applying the same file changes nothing. `portals` says where each portal adapter is reached.
 */
export async function applyNetwork(db: Database, network: NetworkFile, portals: Record<string, PortalEndpoint>): Promise<void> {
  await db.transaction(async (tx) => {
    for (const party of network.parties) {
      const { apiKeys, channel, ...record } = party;
      await tx.network.upsertParty(record);
      for (const apiKey of apiKeys) await tx.network.putApiKey(party.id, apiKey.label, apiKey.key);
      if (channel?.kind === 'portal') {
        const endpoint = portals[channel.adapter];
        if (!endpoint) throw new Error(`no endpoint configured for portal adapter "${channel.adapter}" (party ${party.id})`);
        await tx.network.putChannel({ manufacturerId: party.id, kind: 'portal', adapter: channel.adapter, ...endpoint });
      } else if (channel) {
        await tx.network.putChannel({ manufacturerId: party.id, kind: 'distributor', adapter: null, baseUrl: null, webhookSecrets: [] });
      }
    }
    for (const route of network.routes) await tx.network.putRoute(route.reseller, route.manufacturer, route.distributor);
  });
}
