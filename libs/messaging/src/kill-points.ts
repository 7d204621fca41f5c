/**
 * The places a test may have a process SIGKILL itself (FAULT_KILL_AT), each inside a window the
 * hub must survive without losing or repeating an effect:
 *  - `<consumer>.after-commit` (e.g. `rma-hub.router.after-commit`): a batch's effects are committed, its offset is not;
 *  - `<consumer>.mid-batch`: the first message of a batch of several is applied in the batch's open transaction;
 *  - `relay.after-publish`: an outbox batch is in Kafka, its rows are not yet marked published;
 *  - `connectors.after-portal-answer`: the portal opened the RMA, the settle transaction has not committed;
 *  - `notifier.after-delivery`: the subscriber answered 2xx, the delivery is not yet marked delivered.
 */
export type KillPoint = 'relay.after-publish' | 'connectors.after-portal-answer' | 'notifier.after-delivery' | `${string}.after-commit` | `${string}.mid-batch`;

const KILL_POINT = /^(relay\.after-publish|connectors\.after-portal-answer|notifier\.after-delivery|[\w.-]+\.(after-commit|mid-batch))$/;

export function isKillPoint(name: string): name is KillPoint {
  return KILL_POINT.test(name);
}

/** The kill points armed in this process; none outside tests. */
export class KillPoints {
  constructor(private readonly armed: readonly KillPoint[] = []) {}

  /** Ends the process on the spot when `point` is armed: SIGKILL, so no shutdown hook, `finally` or commit runs. */
  reach(point: KillPoint): void {
    if (this.armed.includes(point)) process.kill(process.pid, 'SIGKILL');
  }
}
