import type { NetworkFile } from '@rma-hub/contracts';
import type { Database } from '../database';

export interface PortalEndpoint {
  baseUrl: string;
  webhookSecrets: string[];
}

/**
 * Loads a declared network into the database: parties, hashed API keys, routes, channels and
 * policies. Re-applying the same file changes nothing; a changed policy becomes a new version; a
 * key the file no longer lists is revoked at once (keys the hub generated are not the file's). `portals` says where each portal adapter is reached.
 * The change is announced at commit, so every running process drops its cached network.
 */
export async function applyNetwork(db: Database, network: NetworkFile, portals: Record<string, PortalEndpoint>): Promise<void> {
  await db.transaction(async (tx) => {
    for (const party of network.parties) {
      const { apiKeys, channel, policy, policyOverrides, ...record } = party;
      await tx.network.upsertParty(record);
      if (policy) await tx.policies.put(party.id, null, policy);
      for (const [manufacturerId, override] of Object.entries(policyOverrides)) await tx.policies.put(manufacturerId, party.id, override);
      for (const apiKey of apiKeys) await tx.network.putApiKey(party.id, apiKey.label, apiKey.key);
      await tx.network.revokeNetworkKeysExcept(party.id, apiKeys.map((apiKey) => apiKey.key));
      if (channel?.kind === 'portal') {
        const endpoint = portals[channel.adapter];
        if (!endpoint) throw new Error(`no endpoint configured for portal adapter "${channel.adapter}" (party ${party.id})`);
        await tx.network.putChannel({ manufacturerId: party.id, kind: 'portal', adapter: channel.adapter, maxRequestsPerSecond: channel.maxRequestsPerSecond ?? null, ...endpoint });
      } else if (channel) {
        await tx.network.putChannel({ manufacturerId: party.id, kind: channel.kind, adapter: null, baseUrl: null, webhookSecrets: [], maxRequestsPerSecond: null });
      }
    }
    for (const route of network.routes) await tx.network.putRoute(route.reseller, route.manufacturer, route.distributor);
    await tx.network.announceChange();
  });
}
