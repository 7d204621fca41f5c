import { percentile } from './open-loop';
import type { ChainMeasure } from './chain-run';

/** Share of the offered rate the chain must authorize to count as keeping up. */
const SUSTAINED_SHARE = 0.95;
/** How much slower the last tenth of a run's claims may be than its first tenth before the backlog counts as growing. */
const LATENCY_GROWTH_MS = 1_000;

/**
 * The chain sustains a rate when, over a run at it, (1) every claim was authorized within the
 * step's deadline and claims came out authorized at 95 % of the offered rate or more (outflow in
 * chain-run.ts), and (2) the median submit → authorized of the last tenth of the
 * claims, by submission, is at most the first tenth's + 1 s: a queue that grows through the run
 * shows as latency rising from the first claims to the last.
 */
export function sustains(measure: ChainMeasure): boolean {
  if (!measure.complete || measure.failures > 0 || measure.throughput < SUSTAINED_SHARE * measure.rate) return false;
  const tenth = Math.max(1, Math.floor(measure.chainMs.length / 10));
  const firstTenth = percentile(measure.chainMs.slice(0, tenth), 50);
  const lastTenth = percentile(measure.chainMs.slice(-tenth), 50);
  return lastTenth <= firstTenth + LATENCY_GROWTH_MS;
}

/**
 * The deadline of a sweep step: twice the sending time and 5 s more. A chain that keeps up is
 * done about one latency after the last send; one still not done by then is not keeping up, and
 * waiting longer would only measure its backlog draining.
 */
export function sweepDeadline(seconds: number): (sendStarted: number) => number {
  return (sendStarted) => sendStarted + 2 * seconds * 1000 + 5_000;
}
