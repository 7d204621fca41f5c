import type { PrismaTx } from '../prisma';

export interface LeasedPoll {
  id: string;
  claimId: string;
  manufacturerId: string;
  rmaNumber: string;
  lastStatus: string | null;
  intervalMs: number;
}

/** Open RMAs at portals without webhooks, polled on a schedule until their claim is final. */
export class PortalPollsRepository {
  constructor(private readonly db: PrismaTx) {}

  async start(claimId: string, manufacturerId: string, rmaNumbers: string[], intervalMs: number): Promise<void> {
    await this.db.portalPoll.createMany({
      data: rmaNumbers.map((rmaNumber) => ({ claimId, manufacturerId, rmaNumber, intervalMs, nextPollAt: new Date(Date.now() + intervalMs) })),
      skipDuplicates: true,
    });
  }

  /** Takes the next due poll and hides it from other pollers for `leaseMs`. */
  async leaseNext(leaseMs: number): Promise<LeasedPoll | null> {
    const [row] = await this.db.$queryRaw<{ id: string; claim_id: string; manufacturer_id: string; rma_number: string; last_status: string | null; interval_ms: number }[]>`
      UPDATE portal_polls SET next_poll_at = now() + make_interval(secs => ${leaseMs / 1000})
      WHERE id = (SELECT id FROM portal_polls WHERE stopped_at IS NULL AND next_poll_at <= now() ORDER BY next_poll_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id, claim_id, manufacturer_id, rma_number, last_status, interval_ms`;
    return row
      ? { id: row.id, claimId: row.claim_id, manufacturerId: row.manufacturer_id, rmaNumber: row.rma_number, lastStatus: row.last_status, intervalMs: row.interval_ms }
      : null;
  }

  async reschedule(id: string, change: { lastStatus?: string; intervalMs: number }): Promise<void> {
    await this.db.portalPoll.update({ where: { id }, data: { ...change, nextPollAt: new Date(Date.now() + change.intervalMs) } });
  }

  async stop(id: string): Promise<void> {
    await this.db.portalPoll.update({ where: { id }, data: { stoppedAt: new Date() } });
  }

}
