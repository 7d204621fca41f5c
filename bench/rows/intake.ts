import { startBareIntake } from '../baselines/bare-intake';
import { startGateway } from '../chain/chain-run';
import { openLoop, percentile, type OpenLoopResult } from '../chain/open-loop';
import { postClaim } from '../single-claim';
import { duration, failures, format, NONE, ratio, verdict } from '../table';
import type { RowProducer } from './context';

const TARGET_RATE = 200;
const TARGET_P99_MS = 50;

/** Open-loop single claims at each rate against one server, after a short unmeasured warm-up. */
async function intakeAt(url: string, apiKey: string, rates: number[], seconds: number): Promise<Map<number, OpenLoopResult>> {
  const send = (run: string) => (n: number) => postClaim(url, apiKey, run, n);
  await openLoop(50, 2, send(`warmup-${Date.now()}`));
  const results = new Map<number, OpenLoopResult>();
  for (const rate of rates) results.set(rate, await openLoop(rate, seconds, send(`intake-${rate}-${Date.now()}`)));
  return results;
}

/** Row 1: POST /v1/claims against the gateway process alone, beside the bare Fastify + pg server doing the same inserts. */
export const intakeRows: RowProducer = async ({ postgresUrl, settings }) => {
  const { intakeRates: rates, seconds } = settings;
  const gateway = await startGateway();
  const hub = await intakeAt(gateway.url, gateway.apiKey, rates, seconds).finally(() => gateway.close());
  const bare = await startBareIntake(postgresUrl);
  const baseline = await intakeAt(bare.url, 'none', rates, seconds).finally(() => bare.close());
  const p = (result: OpenLoopResult, q: number) => percentile(result.latenciesMs, q);
  const cell = (result: OpenLoopResult) => `${duration(p(result, 50))} / ${duration(p(result, 99))} (${failures(result.failures, result.failureKinds)})`;
  return rates.map((rate) => {
    const ours = hub.get(rate)!;
    const theirs = baseline.get(rate)!;
    return {
      what: `POST /v1/claims at ${format(rate)} claims/s open loop (the gateway process alone), p50 / p99`,
      hub: cell(ours),
      baseline: cell(theirs),
      ratio: `p99 ${ratio(p(ours, 99), p(theirs, 99))}`,
      target: rate === TARGET_RATE ? verdict(p(ours, 99) <= TARGET_P99_MS && ours.failures === 0, `p99 ≤ ${TARGET_P99_MS} ms`) : NONE,
    };
  });
};
