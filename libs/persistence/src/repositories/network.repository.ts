import { createHash } from 'node:crypto';
import { PartyRole } from '@rma-hub/contracts';
import { z } from 'zod';
import type { PrismaTx } from '../prisma';
import type { SqlConnection } from '../sql-connection';

const ChannelKind = z.enum(['portal', 'distributor', 'hub']);

/** The NOTIFY channel a change to the network is announced on; processes caching the network listen to it. */
export const NETWORK_CHANNEL = 'rma_network';

export interface PartyRecord {
  id: string;
  name: string;
  role: PartyRole;
  referencePrefix: string;
  reviewsClaims: boolean;
}

export interface ChannelRecord {
  manufacturerId: string;
  kind: 'portal' | 'distributor' | 'hub';
  adapter: string | null;
  baseUrl: string | null;
  webhookSecrets: string[];
  /** The portal's request rate limit; null when it has none. */
  maxRequestsPerSecond: number | null;
}

export interface RouteRecord {
  resellerId: string;
  manufacturerId: string;
  distributorId: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A key's first characters, kept to recognise it in a list: the prefix and six more, far too few to guess the rest. */
const hintOf = (key: string) => key.slice(0, 13);

export interface ApiKeyRecord {
  id: string;
  partyId: string;
  label: string;
  hint: string;
  source: 'network' | 'hub';
  createdAt: Date;
  revokedAt: Date | null;
}

const toApiKey = (row: { id: string; partyId: string; label: string; hint: string; source: string; createdAt: Date; revokedAt: Date | null }): ApiKeyRecord => ({
  ...row,
  source: row.source === 'hub' ? 'hub' : 'network',
});
const API_KEY_FIELDS = { id: true, partyId: true, label: true, hint: true, source: true, createdAt: true, revokedAt: true } as const;

/** Parties, their API keys, routes and manufacturer channels: the network the hub serves. */
export class NetworkRepository {
  constructor(
    private readonly db: PrismaTx,
    private readonly sql: SqlConnection,
  ) {}

  async partyForApiKey(key: string): Promise<PartyRecord | null> {
    const [row] = await this.sql.rows<{ id: string; name: string; role: string; referencePrefix: string; reviewsClaims: boolean }>`
      SELECT p.id, p.name, p.role::text AS role, p.reference_prefix AS "referencePrefix", p.reviews_claims AS "reviewsClaims"
      FROM api_keys k JOIN parties p ON p.id = k.party_id
      WHERE k.key_hash = ${hashApiKey(key)} AND k.revoked_at IS NULL`;
    return row ? toParty(row) : null;
  }

  async party(id: string): Promise<PartyRecord | null> {
    const row = await this.db.party.findUnique({ where: { id } });
    return row && toParty(row);
  }

  async distributorFor(resellerId: string, manufacturerId: string): Promise<string | null> {
    const route = await this.db.route.findUnique({ where: { resellerId_manufacturerId: { resellerId, manufacturerId } } });
    return route?.distributorId ?? null;
  }

  /** The manufacturers whose claims the distributor on their chain handles (channel `distributor`). */
  async manufacturersHandledByDistributors(): Promise<string[]> {
    const rows = await this.db.manufacturerChannel.findMany({ where: { kind: 'distributor' }, select: { manufacturerId: true } });
    return rows.map((row) => row.manufacturerId);
  }

  async channel(manufacturerId: string): Promise<ChannelRecord | null> {
    const row = await this.db.manufacturerChannel.findUnique({ where: { manufacturerId } });
    if (!row) return null;
    return { ...row, kind: ChannelKind.parse(row.kind) };
  }

  /** Every party, route and manufacturer channel, for the operator's view of the network (no keys, no secrets). */
  async overview(): Promise<{ parties: PartyRecord[]; routes: RouteRecord[]; channels: Omit<ChannelRecord, 'webhookSecrets' | 'baseUrl'>[] }> {
    const [parties, routes, channels] = await Promise.all([
      this.db.party.findMany({ orderBy: [{ role: 'asc' }, { id: 'asc' }] }),
      this.db.route.findMany({ orderBy: [{ resellerId: 'asc' }, { manufacturerId: 'asc' }], select: { resellerId: true, manufacturerId: true, distributorId: true } }),
      this.db.manufacturerChannel.findMany({ orderBy: { manufacturerId: 'asc' }, select: { manufacturerId: true, kind: true, adapter: true, maxRequestsPerSecond: true } }),
    ]);
    return { parties: parties.map(toParty), routes, channels: channels.map((row) => ({ ...row, kind: ChannelKind.parse(row.kind) })) };
  }

  async upsertParty(party: PartyRecord): Promise<void> {
    await this.db.party.upsert({ where: { id: party.id }, create: party, update: party });
  }

  /** Stores the key's hash under `label`, replacing an earlier key with the same label. */
  async putApiKey(partyId: string, label: string, key: string): Promise<void> {
    const keyHash = hashApiKey(key);
    await this.db.apiKey.deleteMany({ where: { partyId, label, source: 'network', NOT: { keyHash } } });
    await this.db.apiKey.upsert({ where: { keyHash }, create: { partyId, label, keyHash, hint: hintOf(key) }, update: { partyId, label } });
  }

  /** Revokes, at once, the party's network-file keys that are not among `keep` (a re-applied file no longer lists them). */
  async revokeNetworkKeysExcept(partyId: string, keep: readonly string[]): Promise<void> {
    await this.db.apiKey.updateMany({
      where: { partyId, source: 'network', revokedAt: null, keyHash: { notIn: keep.map(hashApiKey) } },
      data: { revokedAt: new Date() },
    });
  }

  /** Stores a key the hub generated (only its hash and hint). */
  async addGeneratedApiKey(partyId: string, label: string, key: string): Promise<ApiKeyRecord> {
    return toApiKey(await this.db.apiKey.create({ data: { partyId, label, keyHash: hashApiKey(key), hint: hintOf(key), source: 'hub' }, select: API_KEY_FIELDS }));
  }

  async apiKeys(partyId: string | undefined): Promise<ApiKeyRecord[]> {
    const rows = await this.db.apiKey.findMany({ where: partyId ? { partyId } : {}, orderBy: [{ partyId: 'asc' }, { createdAt: 'asc' }], select: API_KEY_FIELDS });
    return rows.map(toApiKey);
  }

  /** Revokes a key from now on; revoking it again changes nothing. Null when there is no such key. */
  async revokeApiKey(id: string): Promise<ApiKeyRecord | null> {
    await this.db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    const row = await this.db.apiKey.findUnique({ where: { id }, select: API_KEY_FIELDS });
    return row && toApiKey(row);
  }

  async putRoute(resellerId: string, manufacturerId: string, distributorId: string): Promise<void> {
    await this.db.route.upsert({
      where: { resellerId_manufacturerId: { resellerId, manufacturerId } },
      create: { resellerId, manufacturerId, distributorId },
      update: { distributorId },
    });
  }

  async putChannel(channel: ChannelRecord): Promise<void> {
    await this.db.manufacturerChannel.upsert({
      where: { manufacturerId: channel.manufacturerId },
      create: channel,
      update: channel,
    });
  }

  /** Tells every listening process, at commit, that parties, routes, channels or policies changed. */
  async announceChange(): Promise<void> {
    await this.db.$queryRaw`SELECT pg_notify(${NETWORK_CHANNEL}, '')::text`;
  }

  /**
   * Issues the next reference number for a party in a year; the row lock makes it safe across
   * instances. The lock lasts until the statement's transaction ends, so where many claims take
   * numbers of one party, issue it on its own (autocommit), not inside a long transaction.
   */
  async nextReferenceSequence(partyId: string, year: number): Promise<number> {
    const [row] = await this.sql.rows<{ value: number }>`
      INSERT INTO reference_counters (party_id, year, value) VALUES (${partyId}, ${year}, 1)
      ON CONFLICT (party_id, year) DO UPDATE SET value = reference_counters.value + 1
      RETURNING value`;
    if (!row) throw new Error(`could not issue a reference number for ${partyId}`);
    return row.value;
  }
}

function toParty(row: { id: string; name: string; role: string; referencePrefix: string; reviewsClaims: boolean }): PartyRecord {
  return { id: row.id, name: row.name, role: PartyRole.parse(row.role), referencePrefix: row.referencePrefix, reviewsClaims: row.reviewsClaims };
}
