import { isDeepStrictEqual } from 'node:util';
import { Controller, Get, UseGuards } from '@nestjs/common';
import { PolicyDocument, type NetworkView } from '@rma-hub/contracts';
import { mergePolicy, type PolicyOverride } from '@rma-hub/domain';
import { Database } from '@rma-hub/persistence';
import { problem } from '@rma-hub/platform';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';

type Version = NetworkView['policies'][number]['versions'][number];
type Difference = NetworkView['policies'][number]['overrides'][number]['differences'][number];

const documentOf = (document: unknown): Record<string, unknown> => (document && typeof document === 'object' && !Array.isArray(document) ? (document as Record<string, unknown>) : {});

/** The rules whose value in force for a distributor's claims differs from the manufacturer's: its override laid over the base, rule by rule. */
export function differingRules(base: unknown, override: unknown): Difference[] {
  const parsed = PolicyDocument.safeParse(base);
  if (!parsed.success) return [];
  let merged: Record<string, unknown>;
  try {
    merged = mergePolicy(parsed.data, documentOf(override) as PolicyOverride);
  } catch {
    return [];
  }
  const manufacturer = parsed.data as Record<string, unknown>;
  return Object.keys(documentOf(override))
    .filter((rule) => !isDeepStrictEqual(manufacturer[rule], merged[rule]))
    .sort()
    .map((rule) => ({ rule, manufacturer: manufacturer[rule] ?? null, distributor: merged[rule] ?? null }));
}

/** Operators see the network the hub serves: parties, routes, channels, every policy version and where distributors' rules differ. */
@Controller('v1/admin/network')
@UseGuards(ApiKeyGuard)
export class NetworkController {
  constructor(private readonly db: Database) {}

  @Get()
  async network(@CurrentCaller() caller: Caller): Promise<NetworkView> {
    if (caller.role !== 'operator') throw problem(403, 'AUTH.OPERATOR_ONLY', 'Only operators see the network');
    const [{ parties, routes, channels }, policies] = await Promise.all([this.db.repositories.network.overview(), this.db.repositories.policies.allVersions()]);
    const channelOf = new Map(channels.map((channel) => [channel.manufacturerId, channel]));
    const versionsOf = (manufacturerId: string, distributorId: string | null): Version[] =>
      policies
        .filter((policy) => policy.manufacturerId === manufacturerId && policy.distributorId === distributorId)
        .map((policy) => ({ version: policy.version, createdAt: policy.createdAt.toISOString(), document: documentOf(policy.document) }));
    const manufacturers = [...new Set(policies.filter((policy) => policy.distributorId === null).map((policy) => policy.manufacturerId))];
    return {
      parties: parties.map((party) => {
        const channel = channelOf.get(party.id);
        return { ...party, channel: channel ? { kind: channel.kind, adapter: channel.adapter, maxRequestsPerSecond: channel.maxRequestsPerSecond } : null };
      }),
      routes: routes.map((route) => ({ reseller: route.resellerId, manufacturer: route.manufacturerId, distributor: route.distributorId })),
      policies: manufacturers.map((manufacturer) => {
        const versions = versionsOf(manufacturer, null);
        const distributors = [...new Set(policies.filter((policy) => policy.manufacturerId === manufacturer && policy.distributorId !== null).map((policy) => policy.distributorId as string))];
        return {
          manufacturer,
          versions,
          overrides: distributors.map((distributor) => {
            const overrideVersions = versionsOf(manufacturer, distributor);
            return { distributor, versions: overrideVersions, differences: differingRules(versions.at(-1)?.document, overrideVersions.at(-1)?.document) };
          }),
        };
      }),
    };
  }
}
