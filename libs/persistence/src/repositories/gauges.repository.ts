import type { PrismaTx } from '../prisma';

export interface CountBy<K extends string> {
  labels: Record<K, string>;
  value: number;
}

/**
 * What the hub's queues and claims look like right now, for the metrics gauges read at scrape
 * time. Each is one aggregate over an indexed predicate (or a small table), cheap enough for a
 * scrape every few seconds.
 */
export class GaugesRepository {
  constructor(private readonly db: PrismaTx) {}

  async claimsByStatus(): Promise<CountBy<'status'>[]> {
    const rows = await this.db.$queryRaw<{ status: string; count: number }[]>`SELECT status, count(*)::int AS count FROM claims GROUP BY status`;
    return rows.map((row) => ({ labels: { status: row.status }, value: row.count }));
  }

  async outboxBacklog(): Promise<{ messages: number; oldestAgeSeconds: number }> {
    const [row] = await this.db.$queryRaw<{ messages: number; oldest: number | null }[]>`
      SELECT count(*)::int AS messages, extract(epoch FROM now() - min(created_at))::float8 AS oldest FROM outbox_messages WHERE published_at IS NULL`;
    return { messages: row?.messages ?? 0, oldestAgeSeconds: row?.oldest ?? 0 };
  }

  async timersDue(): Promise<number> {
    const [row] = await this.db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM claim_timers WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= now()`;
    return row?.count ?? 0;
  }

  /** Per party with a subscription (0s included): deliveries still owed, those of them that failed at least once, and those given up on. */
  async deliveriesBySubscriber(): Promise<{ subscriber: string; owed: number; failing: number; abandoned: number }[]> {
    return this.db.$queryRaw`
      SELECT s.party_id AS subscriber,
             count(*) FILTER (WHERE d.state = 'pending')::int AS owed,
             count(*) FILTER (WHERE d.state = 'pending' AND d.attempts > 0)::int AS failing,
             count(*) FILTER (WHERE d.state = 'failed')::int AS abandoned
      FROM subscriptions s LEFT JOIN deliveries d ON d.subscription_id = s.id AND d.state IN ('pending', 'failed')
      GROUP BY s.party_id`;
  }

  async bulkJobsUnfinished(): Promise<CountBy<'kind' | 'state'>[]> {
    const rows = await this.db.$queryRaw<{ kind: string; state: string; count: number }[]>`
      SELECT kind, state, count(*)::int AS count FROM bulk_jobs WHERE state IN ('queued', 'running') GROUP BY kind, state`;
    return rows.map((row) => ({ labels: { kind: row.kind, state: row.state }, value: row.count }));
  }

  /** Per portal adapter: calls waiting to be made, and how long until its next call may go out (a 429's pause, or its rate limit). */
  async portalQueues(): Promise<{ portal: string; waiting: number; pauseSeconds: number }[]> {
    return this.db.$queryRaw`
      SELECT c.adapter AS portal,
             count(r.id)::int AS waiting,
             coalesce(max(greatest(0, extract(epoch FROM p.next_call_at - now()))), 0)::float8 AS "pauseSeconds"
      FROM manufacturer_channels c
      LEFT JOIN portal_pacing p ON p.manufacturer_id = c.manufacturer_id
      LEFT JOIN portal_requests r ON r.manufacturer_id = c.manufacturer_id AND r.state = 'pending'
      WHERE c.kind = 'portal' AND c.adapter IS NOT NULL
      GROUP BY c.adapter`;
  }
}
