import { setTimeout as sleep } from 'node:timers/promises';

export interface OpenLoopResult {
  /** Milliseconds from each request's intended send time to its answer (a stalled server cannot hide its queue). */
  latenciesMs: number[];
  /** Ids the answers named, in send order (2xx only). */
  ids: string[];
  failures: number;
  /** Failures by kind: the HTTP status answered, or the error's code when none was. */
  failureKinds: Map<string, number>;
}

/**
 * Sends `rate` requests a second for `seconds`, each at its own scheduled instant whether or not
 * the earlier ones were answered (open loop), and measures each from that instant.
 */
export async function openLoop(rate: number, seconds: number, send: (n: number) => Promise<{ ok: boolean; id?: string; status?: number }>): Promise<OpenLoopResult> {
  const total = Math.round(rate * seconds);
  const latenciesMs: number[] = [];
  const ids: (string | undefined)[] = new Array(total);
  const failureKinds = new Map<string, number>();
  const fail = (kind: string) => failureKinds.set(kind, (failureKinds.get(kind) ?? 0) + 1);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < total; n += 1) {
    const intended = started + (n * 1000) / rate;
    const wait = intended - performance.now();
    if (wait > 1) await sleep(wait);
    inFlight.push(
      send(n).then(
        (answer) => {
          latenciesMs.push(performance.now() - intended);
          if (answer.ok) ids[n] = answer.id;
          else fail(String(answer.status));
        },
        (error: Error & { cause?: { code?: string } }) => {
          latenciesMs.push(performance.now() - intended);
          fail(error.cause?.code ?? error.name);
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const failures = [...failureKinds.values()].reduce((sum, count) => sum + count, 0);
  return { latenciesMs, ids: ids.filter((id): id is string => id !== undefined), failures, failureKinds };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
