import type { PrismaTx } from '../prisma';

export interface LeasedPortalRequest {
  id: string;
  claimId: string;
  manufacturerId: string;
  payload: unknown;
  attempts: number;
}

export interface PortalRequestState {
  state: 'pending' | 'done' | 'failed';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
}

/** The connectors' queue of outbound portal calls, kept in PostgreSQL so no request is lost across restarts. */
export class PortalRequestsRepository {
  constructor(private readonly db: PrismaTx) {}

  /**
   * Queues the request once per claim: a redelivered message changes nothing, while a request the
   * portal refused is queued again with the corrected claim.
   */
  async enqueue(claimId: string, manufacturerId: string, payload: object): Promise<void> {
    await this.db.$executeRaw`
      INSERT INTO portal_requests (id, claim_id, manufacturer_id, payload, updated_at)
      VALUES (gen_random_uuid(), ${claimId}::uuid, ${manufacturerId}, ${JSON.stringify(payload)}::jsonb, now())
      ON CONFLICT (claim_id) DO UPDATE SET payload = EXCLUDED.payload, state = 'pending', attempts = 0,
        next_attempt_at = now(), last_error = NULL, updated_at = now()
      WHERE portal_requests.state = 'failed'`;
  }


  /**
   * Takes the next due request and hides it from other workers for `leaseMs`, in one statement: the
   * call then runs outside any transaction, and a worker that dies mid-call just lets the lease lapse.
   */
  async leaseNext(leaseMs: number): Promise<LeasedPortalRequest | null> {
    const [row] = await this.db.$queryRaw<{ id: string; claim_id: string; manufacturer_id: string; payload: unknown; attempts: number }[]>`
      UPDATE portal_requests SET next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000}), attempts = attempts + 1, updated_at = now()
      WHERE id = (
        SELECT id FROM portal_requests WHERE state = 'pending' AND next_attempt_at <= now()
        ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id, claim_id, manufacturer_id, payload, attempts`;
    return row ? { id: row.id, claimId: row.claim_id, manufacturerId: row.manufacturer_id, payload: row.payload, attempts: row.attempts } : null;
  }

  async complete(id: string): Promise<void> {
    await this.db.portalRequest.update({ where: { id }, data: { state: 'done', lastError: null } });
  }

  async retryAt(id: string, at: Date, error: string): Promise<void> {
    await this.db.portalRequest.update({ where: { id }, data: { nextAttemptAt: at, lastError: error.slice(0, 2000) } });
  }

  async fail(id: string, error: string): Promise<void> {
    await this.db.portalRequest.update({ where: { id }, data: { state: 'failed', lastError: error.slice(0, 2000) } });
  }

  /** Puts a failed request back in the queue (an operator's replay); false when it is not failed. */
  async requeueFailed(claimId: string): Promise<boolean> {
    const updated = await this.db.portalRequest.updateMany({
      where: { claimId, state: 'failed' },
      data: { state: 'pending', attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
    return updated.count === 1;
  }

  async stateOf(claimId: string): Promise<PortalRequestState | null> {
    const row = await this.db.portalRequest.findUnique({ where: { claimId }, select: { state: true, attempts: true, lastError: true, nextAttemptAt: true } });
    return row && { ...row, state: row.state === 'done' ? 'done' : row.state === 'failed' ? 'failed' : 'pending' };
  }
}
