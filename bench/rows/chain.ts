import { chainCell, chainP99 } from '../chain/chain-cell';
import { measureChain, startChain, type ChainMeasure, type RunningHub } from '../chain/chain-run';
import { sustains, sweepDeadline } from '../chain/sustained';
import { format, NONE, verdict, type BenchRow } from '../table';
import type { RowProducer } from './context';

const TARGET_RATE = 200;
const TARGET_P99_MS = 1_000;
const TARGET = `${TARGET_RATE} claims/s with p99 ≤ 1 s`;

/**
 * Row 2: the chain (gateway, router, connectors, notifier, each its own process; the portal
 * simulator answering at once), submit → authorized at fixed rates, then a sweep for the highest
 * rate it sustains. A run that leaves a backlog gets a fresh chain for the next, so one rate's
 * queue does not count against the next.
 */
export const chainRows: RowProducer = async ({ settings }) => {
  let chain: RunningHub | undefined;
  let backlogged = false;
  const measure = async (rate: number, seconds: number, deadline: (sendStarted: number) => number): Promise<ChainMeasure> => {
    if (backlogged) {
      await chain?.close();
      chain = undefined;
    }
    chain ??= await startChain();
    const result = await measureChain(chain, rate, seconds, deadline);
    backlogged = !result.complete;
    return result;
  };
  try {
    const fixed: ChainMeasure[] = [];
    for (const rate of settings.chainRates) fixed.push(await measure(rate, settings.seconds, (started) => started + settings.drainSeconds * 1000));
    const steps: ChainMeasure[] = [];
    for (const rate of [...settings.sweepRates].sort((a, b) => a - b)) {
      steps.push(await measure(rate, settings.sweepSeconds, sweepDeadline(settings.sweepSeconds)));
      if (!sustains(steps.at(-1)!)) break;
    }
    const rows: BenchRow[] = fixed.map((run) => ({
      what: `Chain submit → authorized at ${format(run.rate)} claims/s for ${format(settings.seconds)} s, p50 / p99 (from the claims’ timelines)`,
      hub: chainCell(run),
      baseline: NONE,
      ratio: NONE,
      target: run.rate === TARGET_RATE ? verdict(run.complete && chainP99(run) <= TARGET_P99_MS, TARGET) : NONE,
    }));
    if (steps.length > 0) {
      const highest = steps.filter(sustains).at(-1);
      const failed = steps.find((step) => !sustains(step));
      rows.push({
        what: `Chain: highest rate sustained (sweep ${settings.sweepRates.join(', ')}/s × ${format(settings.sweepSeconds)} s: ≥ 95 % out, last tenth ≤ first tenth + 1 s)`,
        hub: `${highest ? `${format(highest.rate)} claims/s` : `below ${format(steps[0]!.rate)} claims/s`}${failed ? `; at ${format(failed.rate)}/s: ${chainCell(failed)}` : ''}`,
        baseline: NONE,
        ratio: NONE,
        target: verdict((highest?.rate ?? 0) >= TARGET_RATE, `${format(TARGET_RATE)} claims/s`),
      });
    }
    return rows;
  } finally {
    await chain?.close();
  }
};
