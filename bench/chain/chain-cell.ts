import { duration, failures, format } from '../table';
import { percentile } from './open-loop';
import type { ChainMeasure } from './chain-run';

export const chainP99 = (measure: ChainMeasure) => percentile(measure.chainMs, 99);

/**
 * A chain measurement in one cell: submit → authorized p50 / p99, the rate claims came out, and
 * the intake's p99 under it. Figures of a run not drained by its deadline are lower bounds (≥).
 */
export function chainCell(measure: ChainMeasure): string {
  const bound = measure.complete ? '' : '≥ ';
  const latency = `${bound}${duration(percentile(measure.chainMs, 50))} / ${bound}${duration(chainP99(measure))}`;
  const missing = measure.complete ? '' : `, ${format(measure.ids.length - measure.authorized)} of ${format(measure.ids.length)} not authorized at the deadline`;
  const failed = measure.failures > 0 ? `, POSTs ${failures(measure.failures, measure.failureKinds)}` : '';
  return `${latency}; ${format(measure.throughput, 1)}/s out; POST p99 ${duration(percentile(measure.postLatenciesMs, 99))}${missing}${failed}`;
}
