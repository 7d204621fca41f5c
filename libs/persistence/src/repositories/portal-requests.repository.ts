import { Prisma, type PrismaTx } from '../prisma';
import type { SqlConnection } from '../sql-connection';
import { currentTraceHeaders, StoredTraceHeaders, type TraceHeaders } from '../trace-context';

/**
 * Where a portal request (aliased `r`) stands for the people following it: `waiting` is a pending
 * request that already failed or was throttled and will be tried again. The one definition both
 * the claim view and the bulk forward reports read.
 */
export const PORTAL_REQUEST_PROGRESS = Prisma.sql`CASE WHEN r.state = 'pending' AND r.last_error IS NOT NULL THEN 'waiting' ELSE r.state END`;

export interface LeasedPortalRequest {
  id: string;
  claimId: string;
  manufacturerId: string;
  payload: unknown;
  attempts: number;
  /** The trace of the work that queued it (or re-queued it), which the call joins. */
  traceContext: TraceHeaders;
}

export interface PortalRequestState {
  state: 'pending' | 'waiting' | 'done' | 'failed';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
}

/** The connectors' queue of outbound portal calls, kept in PostgreSQL so no request is lost across restarts. */
/** The channel a queued portal request notifies at its commit, so the connectors' workers wake at once. */
export const PORTAL_REQUESTS_CHANNEL = 'rma_portal_requests';

export class PortalRequestsRepository {
  constructor(
    private readonly db: PrismaTx,
    private readonly sql: SqlConnection,
  ) {}

  /**
   * Queues the request once per claim: a redelivered message changes nothing, while a request the
   * portal refused is queued again with the corrected claim. It keeps the active trace context.
   */
  async enqueue(claimId: string, manufacturerId: string, payload: object): Promise<void> {
    // One statement queues the call and wakes the workers (NOTIFY, delivered at commit).
    await this.sql.rows`
      WITH queued AS (
        INSERT INTO portal_requests (id, claim_id, manufacturer_id, payload, trace_context, updated_at)
        VALUES (gen_random_uuid(), ${claimId}::uuid, ${manufacturerId}, ${JSON.stringify(payload)}::jsonb, ${JSON.stringify(currentTraceHeaders())}::jsonb, now())
        ON CONFLICT (claim_id) DO UPDATE SET payload = EXCLUDED.payload, state = 'pending', attempts = 0,
          next_attempt_at = now(), last_error = NULL, trace_context = EXCLUDED.trace_context, updated_at = now()
        WHERE portal_requests.state = 'failed'
        RETURNING 1
      )
      SELECT pg_notify(${PORTAL_REQUESTS_CHANNEL}, '')::text FROM queued`;

  }

  /**
   * Takes up to `limit` due requests and hides them from other workers for `leaseMs`, in one
   * statement: the calls then run outside any transaction, and a worker that dies mid-call just
   * lets the leases lapse. A portal whose next call slot (its rate limit) is further away than
   * `lookaheadMs` is skipped, so its queue does not hold the workers.
   */
  async leaseDue(limit: number, leaseMs: number, lookaheadMs: number): Promise<LeasedPortalRequest[]> {
    const rows = await this.sql.rows<{ id: string; claim_id: string; manufacturer_id: string; payload: unknown; attempts: number; trace_context: unknown }>`
      UPDATE portal_requests SET next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000}), attempts = attempts + 1, updated_at = now()
      WHERE id IN (
        SELECT r.id FROM portal_requests r LEFT JOIN portal_pacing p ON p.manufacturer_id = r.manufacturer_id
        WHERE r.state = 'pending' AND r.next_attempt_at <= now()
          AND (p.next_call_at IS NULL OR p.next_call_at <= now() + make_interval(secs => ${lookaheadMs / 1000}))
        ORDER BY r.next_attempt_at LIMIT ${limit} FOR UPDATE OF r SKIP LOCKED)
      RETURNING id, claim_id, manufacturer_id, payload, attempts, trace_context`;
    return rows.map((row) => ({ id: row.id, claimId: row.claim_id, manufacturerId: row.manufacturer_id, payload: row.payload, attempts: row.attempts, traceContext: StoredTraceHeaders.parse(row.trace_context) }));
  }


  /** The portal asked us to slow down: the request waits until `until`, and the throttled attempt does not count towards giving up. */
  async throttled(id: string, until: Date, error: string): Promise<void> {
    await this.db.$executeRaw`
      UPDATE portal_requests SET next_attempt_at = ${until}, attempts = attempts - 1, last_error = ${error.slice(0, 2000)}, updated_at = now()
      WHERE id = ${id}::uuid`;
  }

  async complete(id: string): Promise<void> {
    await this.sql.rows`UPDATE portal_requests SET state = 'done', last_error = NULL, updated_at = clock_timestamp() AT TIME ZONE 'UTC' WHERE id = ${id}::uuid`;
  }

  async retryAt(id: string, at: Date, error: string): Promise<void> {
    await this.db.portalRequest.update({ where: { id }, data: { nextAttemptAt: at, lastError: error.slice(0, 2000) } });
  }

  async fail(id: string, error: string): Promise<void> {
    await this.db.portalRequest.update({ where: { id }, data: { state: 'failed', lastError: error.slice(0, 2000) } });
  }

  /** Puts a failed request back in the queue (an operator's replay, whose trace the call then joins); false when it is not failed. */
  async requeueFailed(claimId: string): Promise<boolean> {
    const updated = await this.db.portalRequest.updateMany({
      where: { claimId, state: 'failed' },
      data: { state: 'pending', attempts: 0, nextAttemptAt: new Date(), lastError: null, traceContext: currentTraceHeaders() },
    });
    return updated.count === 1;
  }

  async stateOf(claimId: string): Promise<PortalRequestState | null> {
    const [row] = await this.db.$queryRaw<{ state: PortalRequestState['state']; attempts: number; last_error: string | null; next_attempt_at: Date }[]>`
      SELECT ${PORTAL_REQUEST_PROGRESS} AS state, r.attempts, r.last_error, r.next_attempt_at FROM portal_requests r WHERE r.claim_id = ${claimId}::uuid`;
    return row ? { state: row.state, attempts: row.attempts, lastError: row.last_error, nextAttemptAt: row.next_attempt_at } : null;
  }
}
