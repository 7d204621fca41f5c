import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { Database, type Viewer } from '@rma-hub/persistence';
import { createTestDatabase } from '@rma-hub/testing';
import { generateAnalyticsData } from '../baselines/analytics-data';
import { duration, format, ratio, type BenchRow } from '../table';
import type { RowProducer } from './context';

/** The second of two runs: the first warms the cache, as a dashboard's repeated reads would. */
async function timed(run: () => Promise<unknown>): Promise<number> {
  await run();
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * The analytics endpoints' statements on a generated data set (BENCH_ANALYTICS_CLAIMS closed claims,
 * seven timeline events each), for the operator (every claim) and one reseller (a third); beside a
 * plain scan of the same timeline rows, the least any figure over the timeline must read.
 */
export const analyticsRows: RowProducer = async ({ postgresUrl, settings }) => {
  const claims = settings.analyticsClaims;
  const database = await createTestDatabase(postgresUrl);
  const db = new Database({ url: database.url, poolSize: 2 });
  const client = new Client({ connectionString: database.url });
  try {
    const generating = performance.now();
    await generateAnalyticsData(database.url, claims);
    const generatedIn = performance.now() - generating;
    await client.connect();
    const scan = await timed(() => client.query("SELECT count(*), max(occurred_at) FROM claim_events WHERE type = 'status_changed'"));
    const until = new Date();
    const viewers: [string, Viewer][] = [
      ['operator, every claim', { id: 'hub-operator', role: 'operator' }],
      [`reseller, a third of them`, { id: 'bench-reseller-1', role: 'reseller' }],
    ];
    const figures = {
      hops: (viewer: Viewer) => db.repositories.analytics.timeWithParties(viewer, {}, 'month', until),
      outcomes: (viewer: Viewer) => db.repositories.analytics.outcomes(viewer, {}),
      charges: (viewer: Viewer) => db.repositories.analytics.charges(viewer, {}, 'month'),
    };
    const rows: BenchRow[] = [];
    for (const [name, figure] of Object.entries(figures)) {
      for (const [who, viewer] of viewers) {
        const ms = await timed(() => figure(viewer));
        rows.push({
          what: `GET /v1/analytics/${name} statement over ${format(claims)} claims (${format(claims * 7)} timeline events; generated in ${duration(generatedIn)}), ${who}`,
          hub: duration(ms),
          baseline: `${duration(scan)} (count of every status change)`,
          ratio: ratio(ms, scan),
          target: 'fast on 1M claims',
        });
      }
    }
    return rows;
  } finally {
    await client.end().catch(() => undefined);
    await db.disconnect();
    await database.drop();
  }
};
