import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { prepareTemplate } from '../test/harness/databases';
import { startInfrastructure } from '../test/harness/infrastructure';
import { analyticsRows } from './rows/analytics';
import { bulkImportRows } from './rows/bulk-import';
import { chainRows } from './rows/chain';
import type { BenchContext, RowProducer } from './rows/context';
import { intakeRows } from './rows/intake';
import { messagingRows } from './rows/messaging';
import { scaleOutRows } from './rows/scale-out';
import { ROW_GROUPS, SETTINGS, type RowGroup } from './settings';
import { markdownTable, NONE, type BenchRow } from './table';

/**
 * `npm run bench`: one table, every hub figure beside its baseline measured in the same run on the
 * same machine (BENCH_ONLY, BENCH_SECONDS, BENCH_SIZES, … in bench/settings.ts select and size it).
 * Printed at the end and written to .cache/bench-table.md.
 */
const PRODUCERS: Record<RowGroup, RowProducer> = {
  messaging: messagingRows,
  intake: intakeRows,
  bulk: bulkImportRows,
  chain: chainRows,
  'scale-out': scaleOutRows,
  analytics: analyticsRows,
};

const TABLE_FILE = path.resolve(__dirname, '../.cache/bench-table.md');

async function postgresVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return ((await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version).split(' ')[0]!;
  } finally {
    await client.end();
  }
}

/** The machine, the load it already carried when the bench started (the cores may be shared), and the settings. */
function header(context: BenchContext, postgres: string, started: { at: Date; load: number }): string {
  const s = context.settings;
  const cpus = os.cpus();
  const minutes = (Date.now() - started.at.getTime()) / 60_000;
  return [
    `**Bench** ${started.at.toISOString()}, ${minutes.toFixed(1)} min · ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
      `load average ${started.load.toFixed(1)} at the start · Node ${process.version} · PostgreSQL ${postgres} · Kafka ${context.kafkaBrokers} · everything on this machine`,
    '',
    `Settings: rows ${[...s.groups].join(', ')}; ${s.seconds} s of load per latency figure (BENCH_SECONDS), sweep ${s.sweepSeconds} s a step, drain deadline ${s.drainSeconds} s; ` +
      `intake ${s.intakeRates.join('/')}/s, chain ${s.chainRates.join('/')}/s, scale-out ${s.scaleOutRate}/s; bulk sizes ${s.bulkSizes.join(', ')} (BENCH_SIZES), gateway heap ${s.gatewayHeapMb} MB; ` +
      `Kafka ${s.kafkaMessages} × ${s.kafkaMessageBytes} B. Latencies are open loop, from each request's intended send time; chain latencies from the claims' own timeline events. ` +
      `Intake baseline: a bare Fastify + pg server (bench/baselines/bare-intake-server.ts) storing the same rows in one transaction; bulk baselines: COPY and multi-row INSERT of the same rows; figures marked ≥ are lower bounds of runs not drained by their deadline.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const started = { at: new Date(), load: os.loadavg()[0]! };
  const infrastructure = await startInfrastructure();
  if (!SETTINGS.reuseTemplate) await prepareTemplate(infrastructure.postgresUrl);
  process.env.RMA_TEST_KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.RMA_TEST_POSTGRES_URL = infrastructure.postgresUrl;
  const context: BenchContext = { kafkaBrokers: infrastructure.kafkaBrokers, postgresUrl: infrastructure.postgresUrl, settings: SETTINGS };
  const rows: BenchRow[] = [];
  try {
    for (const group of ROW_GROUPS.filter((name) => SETTINGS.groups.has(name))) {
      console.error(`bench: ${group}…`);
      try {
        rows.push(...(await PRODUCERS[group](context)));
      } catch (error) {
        // One broken measurement (the hub mid-change, say) must not lose the others' figures.
        console.error(error);
        rows.push({ what: `${group}: failed`, hub: String((error as Error).message ?? error).split('\n')[0]!, baseline: NONE, ratio: NONE, target: NONE });
      }
    }
    const table = `${header(context, await postgresVersion(infrastructure.postgresUrl), started)}\n\n${markdownTable(rows)}\n`;
    await mkdir(path.dirname(TABLE_FILE), { recursive: true });
    await writeFile(TABLE_FILE, table);
    console.log(`\n${table}`);
  } finally {
    await infrastructure.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
