import { PolicyRef } from '@rma-hub/contracts';
import { TIMER_KINDS, type TimerKind } from '@rma-hub/domain';
import { z } from 'zod';
import type { PrismaTx } from '../prisma';
import type { SqlConnection } from '../sql-connection';

export { TIMER_KINDS, type TimerKind };
const Kind = z.enum(TIMER_KINDS);

export interface DueTimer {
  id: string;
  claimId: string;
  kind: TimerKind;
  rule: string;
  policy: PolicyRef;
  dueAt: Date;
}

/** Lifecycle deadlines kept in PostgreSQL, so they survive restarts. */
export class TimersRepository {
  constructor(
    private readonly db: PrismaTx,
    private readonly sql: SqlConnection,
  ) {}

  async schedule(claimId: string, timer: { kind: TimerKind; dueAt: Date; rule: string; policy: PolicyRef }): Promise<void> {
    await this.sql.rows`
      INSERT INTO claim_timers (id, claim_id, kind, due_at, rule, policy, created_at)
      VALUES (gen_random_uuid(), ${claimId}::uuid, ${timer.kind}, ${timer.dueAt.toISOString()}::timestamptz AT TIME ZONE 'UTC', ${timer.rule}, ${JSON.stringify(timer.policy)}::jsonb,
              clock_timestamp() AT TIME ZONE 'UTC')`;
  }

  async cancel(claimId: string, kinds: readonly TimerKind[]): Promise<void> {
    await this.sql.rows`
      UPDATE claim_timers SET cancelled_at = clock_timestamp() AT TIME ZONE 'UTC'
      WHERE claim_id = ${claimId}::uuid AND kind = ANY(${[...kinds]}::text[]) AND fired_at IS NULL AND cancelled_at IS NULL`;
  }

  /**
   * Locks up to `limit` due timers for this transaction; SKIP LOCKED lets several router
   * instances share the work, and marking them fired in the same transaction fires each once.
   */
  async lockDue(limit: number): Promise<DueTimer[]> {
    const rows = await this.db.$queryRaw<{ id: string; claim_id: string; kind: string; rule: string; policy: unknown; due_at: Date }[]>`
      SELECT id, claim_id, kind, rule, policy, due_at FROM claim_timers
      WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= now()
      ORDER BY due_at LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    return rows.map((row) => ({
      id: row.id,
      claimId: row.claim_id,
      kind: Kind.parse(row.kind),
      rule: row.rule,
      policy: PolicyRef.parse(row.policy),
      dueAt: row.due_at,
    }));
  }

  async markFired(id: string): Promise<void> {
    await this.db.claimTimer.update({ where: { id }, data: { firedAt: new Date() } });
  }

}
