import type { Prisma, PrismaTx } from '../prisma';
import type { SqlConnection } from '../sql-connection';
import { currentTraceHeaders, StoredTraceHeaders, type TraceHeaders } from '../trace-context';

export interface SubscriptionRecord {
  id: string;
  partyId: string;
  url: string;
  secret: string;
  createdAt: Date;
}

export interface LeasedDelivery {
  id: string;
  subscriptionId: string;
  /** The subscribing party. */
  partyId: string;
  url: string;
  secret: string;
  eventId: string;
  payload: unknown;
  attempts: number;
  /** The trace of the status change it delivers, which the delivery joins. */
  traceContext: TraceHeaders;
}

export interface DeliveryRecord {
  id: string;
  claimId: string;
  eventId: string;
  state: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  nextAttemptAt: Date;
  createdAt: Date;
  payload: unknown;
}

/** Parties' webhook subscriptions and the deliveries owed to them. */
export class SubscriptionsRepository {
  constructor(
    private readonly db: PrismaTx,
    private readonly sql: SqlConnection,
  ) {}

  create(partyId: string, url: string, secret: string): Promise<SubscriptionRecord> {
    return this.db.subscription.create({ data: { partyId, url, secret } });
  }

  ofParty(partyId: string): Promise<SubscriptionRecord[]> {
    return this.db.subscription.findMany({ where: { partyId }, orderBy: { createdAt: 'asc' } });
  }

  /**
   * Owes every subscription of every party on the claim's chain one delivery of `payload`, in one
   * statement; each party's copy carries its own reference for the claim (`data.reference`). A
   * change already owed (the same event id) is owed nothing more.
   */
  async oweToChain(claimId: string, eventId: string, payload: { data: object } & Record<string, unknown>): Promise<void> {
    await this.sql.rows`
      INSERT INTO deliveries (id, subscription_id, claim_id, event_id, payload, trace_context)
      SELECT gen_random_uuid(), s.id, h.claim_id, ${eventId}, jsonb_set(${JSON.stringify(payload)}::jsonb, '{data,reference}', coalesce(to_jsonb(h.reference), 'null'::jsonb)),
             ${JSON.stringify(currentTraceHeaders())}::jsonb
      FROM claim_hops h JOIN subscriptions s ON s.party_id = h.party_id
      WHERE h.claim_id = ${claimId}::uuid
      ON CONFLICT (subscription_id, event_id) DO NOTHING`;
  }

  /** The subscription if it belongs to the party; otherwise null, as if it did not exist. */
  owned(id: string, partyId: string): Promise<SubscriptionRecord | null> {
    return this.db.subscription.findFirst({ where: { id, partyId } });
  }

  /** Owes the event to the subscription once, in the active trace; a redelivered event changes nothing. */

  /**
   * Leases the next due delivery that is first in line for its subscription and claim, so each
   * subscriber receives a claim's changes in order, whatever the number of workers; and only for a
   * subscription with no delivery in flight, so a slow subscriber holds one worker at a time. The
   * subscription row is locked and marked in the same statement: a concurrent lease skips it while
   * locked and re-reads the mark once it is committed. Settling the delivery clears the mark;
   * `leaseMs` is when a crashed worker's delivery and subscription become leasable again.
   */
  async leaseNext(leaseMs: number): Promise<LeasedDelivery | null> {
    const [row] = await this.sql.rows<
      { id: string; subscription_id: string; party_id: string; url: string; secret: string; event_id: string; payload: unknown; attempts: number; trace_context: unknown }
    >`
      WITH next AS (
        SELECT d.id, d.subscription_id FROM deliveries d
        JOIN subscriptions s ON s.id = d.subscription_id
        WHERE d.state = 'pending' AND d.next_attempt_at <= now()
          AND (s.delivering_until IS NULL OR s.delivering_until <= now())
          AND NOT EXISTS (
            SELECT 1 FROM deliveries earlier
            WHERE earlier.subscription_id = d.subscription_id AND earlier.claim_id = d.claim_id
              AND earlier.state = 'pending' AND earlier.position < d.position)
        ORDER BY d.next_attempt_at, d.position LIMIT 1 FOR UPDATE OF d, s SKIP LOCKED),
      busy AS (
        UPDATE subscriptions SET delivering_until = now() + make_interval(secs => ${leaseMs / 1000})
        FROM next WHERE subscriptions.id = next.subscription_id
        RETURNING subscriptions.id, subscriptions.party_id, subscriptions.url, subscriptions.secret)
      UPDATE deliveries SET next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000}), attempts = attempts + 1
      FROM next, busy
      WHERE deliveries.id = next.id AND busy.id = next.subscription_id
      RETURNING deliveries.id, deliveries.subscription_id, busy.party_id, busy.url, busy.secret, deliveries.event_id, deliveries.payload, deliveries.attempts, deliveries.trace_context`;
    return row
      ? {
          id: row.id,
          subscriptionId: row.subscription_id,
          partyId: row.party_id,
          url: row.url,
          secret: row.secret,
          eventId: row.event_id,
          payload: row.payload,
          attempts: row.attempts,
          traceContext: StoredTraceHeaders.parse(row.trace_context),
        }
      : null;
  }

  async delivered(id: string, status: number): Promise<void> {
    await this.settle(id, { state: 'delivered', lastStatus: status, lastError: null, deliveredAt: new Date() });
  }

  async retryAt(id: string, at: Date, failure: { status: number | null; error: string }): Promise<void> {
    await this.settle(id, { nextAttemptAt: at, lastStatus: failure.status, lastError: failure.error.slice(0, 1000) });
  }

  async abandon(id: string, failure: { status: number | null; error: string }): Promise<void> {
    await this.settle(id, { state: 'failed', lastStatus: failure.status, lastError: failure.error.slice(0, 1000) });
  }

  /** Records a leased delivery's outcome, and frees its subscription for the next one. */
  private async settle(id: string, outcome: Omit<Prisma.DeliveryUpdateInput, 'subscription'>): Promise<void> {
    await this.db.delivery.update({ where: { id }, data: { ...outcome, subscription: { update: { deliveringUntil: null } } } });
  }

  deliveries(subscriptionId: string, limit: number): Promise<DeliveryRecord[]> {
    return this.db.delivery.findMany({ where: { subscriptionId }, orderBy: { position: 'desc' }, take: limit });
  }
}
