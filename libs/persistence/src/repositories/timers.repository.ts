import { PolicyRef } from '@rma-hub/contracts';
import { TIMER_KINDS, type TimerKind } from '@rma-hub/domain';
import { z } from 'zod';
import type { PrismaTx } from '../prisma';

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
  constructor(private readonly db: PrismaTx) {}

  async schedule(claimId: string, timer: { kind: TimerKind; dueAt: Date; rule: string; policy: PolicyRef }): Promise<void> {
    await this.db.claimTimer.create({ data: { claimId, ...timer } });
  }

  async cancel(claimId: string, kinds: readonly TimerKind[]): Promise<void> {
    await this.db.claimTimer.updateMany({
      where: { claimId, kind: { in: [...kinds] }, firedAt: null, cancelledAt: null },
      data: { cancelledAt: new Date() },
    });
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
