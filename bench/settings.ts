/** What `npm run bench` measures and for how long, from the environment (defaults: the full bench). */
export const ROW_GROUPS = ['messaging', 'intake', 'bulk', 'chain', 'scale-out', 'analytics'] as const;
export type RowGroup = (typeof ROW_GROUPS)[number];

/** A comma-separated list; empty (BENCH_CHAIN_RATES=) skips what it sizes. */
const numbers = (name: string, fallback: string): number[] =>
  (process.env[name] ?? fallback)
    .split(',')
    .filter((item) => item.trim() !== '')
    .map(Number);
const number = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

function selectedGroups(): Set<RowGroup> {
  const only = process.env.BENCH_ONLY?.split(',').map((group) => group.trim());
  const unknown = only?.filter((group) => !(ROW_GROUPS as readonly string[]).includes(group)) ?? [];
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown ${unknown.join(', ')} (known: ${ROW_GROUPS.join(', ')})`);
  return new Set((only ?? ROW_GROUPS) as RowGroup[]);
}

export const SETTINGS = {
  /** BENCH_ONLY=intake,chain: a subset of the rows. */
  groups: selectedGroups(),
  /** Seconds of load per latency measurement (intake, chain, scale-out). */
  seconds: number('BENCH_SECONDS', 20),
  /** Seconds of load per step of the chain's sustained-rate sweep. */
  sweepSeconds: number('BENCH_SWEEP_SECONDS', 10),
  /** How long a latency measurement waits for its claims to be authorized before it reports a lower bound. */
  drainSeconds: number('BENCH_DRAIN_SECONDS', 300),
  intakeRates: numbers('BENCH_INTAKE_RATES', '100,200,500'),
  chainRates: numbers('BENCH_CHAIN_RATES', '100,200'),
  sweepRates: numbers('BENCH_SWEEP_RATES', '25,50,100,200,400'),
  scaleOutRate: number('BENCH_SCALE_OUT_RATE', 100),
  bulkSizes: numbers('BENCH_SIZES', '10000,100000'),
  /** `BENCH_ROUTE=false`: no router during the bulk import, so it has the cores to itself (and no routing row). */
  bulkRoute: process.env.BENCH_ROUTE !== 'false',
  /**
   * The gateway's V8 old-space limit during the bulk import. Left alone, V8 sizes it from the
   * machine's memory (GBs here) and collects lazily, so RSS tracks how much garbage it may keep
   * rather than what the import needs; a fixed limit shows the working set, and that it does not
   * grow with the file.
   */
  gatewayHeapMb: number('BENCH_GATEWAY_HEAP_MB', 256),
  /**
   * `BENCH_TEMPLATE=reuse`: clone the test databases from the migrated template as it is, instead
   * of rebuilding it first (which drops it under any test run sharing the server).
   */
  reuseTemplate: process.env.BENCH_TEMPLATE === 'reuse',
  kafkaMessages: number('BENCH_KAFKA_MESSAGES', 20_000),
  /** Claims generated for the analytics rows (seven timeline events each). */
  analyticsClaims: number('BENCH_ANALYTICS_CLAIMS', 1_000_000),
  kafkaMessageBytes: number('BENCH_KAFKA_MESSAGE_BYTES', 500),
};
