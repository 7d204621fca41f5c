import 'reflect-metadata';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import { createTestDatabase, DEMO_CLAIM, eventually, freePort, startServiceProcess, startTestHub, type TestHub } from '@rma-hub/testing';
import { startInfrastructure } from '../test/harness/infrastructure';
import { prepareTemplate } from '../test/harness/databases';

/**
 * `npm run bench`: bulk import of 10k and 100k claims through a real gateway process, against the
 * same rows inserted by plain multi-row INSERTs with pg on the same server, in the same run.
 */
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
/**
 * The gateway's V8 old-space limit. Left alone, V8 sizes it from the machine's memory (GBs here) and
 * collects lazily, so RSS tracks how much garbage it may keep rather than what the import needs;
 * a fixed limit shows the working set, and that it does not grow with the file.
 */
const GATEWAY_HEAP_MB = Number(process.env.BENCH_GATEWAY_HEAP_MB ?? 256);
/** `BENCH_ROUTE=false`: no router, so the import has the two cores to itself (and nothing is routed). */
const ROUTE = process.env.BENCH_ROUTE !== 'false';

interface Row {
  claims: number;
  /** Until the 202: the file streamed and stored. */
  intakeSeconds: number;
  hubPerSecond: number;
  baselinePerSecond: number;
  gatewayPeakRssMb: number;
  gatewayRssAfterIntakeMb: number;
  secondsUntilRouted: number | null;
}

async function writeFile(lines: number, dir: string): Promise<string> {
  const file = path.join(dir, `claims-${lines}.ndjson`);
  const out = createWriteStream(file);
  for (let i = 1; i <= lines; i += 1) {
    if (!out.write(`${JSON.stringify({ ...DEMO_CLAIM, reference: `BENCH-${lines}-${i}`, lines: [{ serial: `BENCH-${lines}-SN-${i}`, model: 'U6-Pro' }] })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}

const rssMb = async (pid: number, field: 'VmHWM' | 'VmRSS') => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/(\d+) kB/.exec(status.split('\n').find((line) => line.startsWith(field)) ?? '')?.[1] ?? 0) / 1024;
};

async function hubRun(hub: TestHub, file: string, claims: number): Promise<Omit<Row, 'baselinePerSecond'>> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const gateway = startServiceProcess('gateway', {
    ...hub.serviceEnv,
    HTTP_PORT: String(port),
    LOG_LEVEL: 'error',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${GATEWAY_HEAP_MB}`,
  });
  try {
    await eventually(async () => {
      if ((await fetch(`${url}/readyz`)).status !== 200) throw new Error('not ready');
    }, { timeoutMs: 60_000 });
    const started = performance.now();
    const response = await fetch(`${url}/v1/bulk/claims`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.keyOf('reseller-alpha')}`, 'content-type': 'application/x-ndjson' },
      body: createReadStream(file) as never,
      duplex: 'half',
    } as RequestInit);
    const { jobId } = (await response.json()) as { jobId: string };
    const stored = performance.now();
    const rssAfterIntake = await rssMb(gateway.child.pid!, 'VmRSS');
    await eventually(async () => {
      const [job] = await hub.query<{ state: string; accepted: number }>('SELECT state, accepted FROM bulk_jobs WHERE id = $1', [jobId]);
      if (job?.state !== 'done') throw new Error('importing');
      if (job.accepted !== claims) throw new Error(`accepted ${job.accepted} of ${claims}`);
    }, { timeoutMs: 3_600_000, intervalMs: 50 });
    const imported = performance.now();
    const peak = await rssMb(gateway.child.pid!, 'VmHWM');
    if (ROUTE) {
      await eventually(async () => {
        const [left] = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM claims WHERE status = 'submitted'");
        if (left!.n > 0) throw new Error(`${left!.n} not routed yet`);
      }, { timeoutMs: 3_600_000, intervalMs: 200 });
    }
    const routed = performance.now();
    return {
      claims,
      intakeSeconds: (stored - started) / 1000,
      hubPerSecond: claims / ((imported - started) / 1000),
      gatewayPeakRssMb: peak,
      gatewayRssAfterIntakeMb: rssAfterIntake,
      secondsUntilRouted: ROUTE ? (routed - started) / 1000 : null,
    };
  } finally {
    await gateway.kill();
  }
}

/** The floor: the same claims, lines, hops, timeline events and outbox rows, by multi-row INSERTs of 500. */
async function baselineRun(serverUrl: string, claims: number): Promise<number> {
  const database = await createTestDatabase(serverUrl);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query("INSERT INTO parties (id, name, role, reference_prefix) VALUES ('r', 'r', 'reseller', 'R')");
    const started = performance.now();
    for (let offset = 0; offset < claims; offset += 500) {
      const ids = Array.from({ length: Math.min(500, claims - offset) }, () => randomUUID());
      const n = ids.length;
      const at = (i: number, width: number) => Array.from({ length: width }, (_, k) => `$${i * width + k + 1}`).join(', ');
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO claims (id, reseller_id, manufacturer_id, status, return_reason, failure_description, purchase_date, contact, updated_at) VALUES ${ids.map((_, i) => `(${at(i, 3)}, 'submitted', 'defective', 'bench', '2026-03-14', '{}', now())`).join(', ')}`,
        ids.flatMap((id) => [id, 'r', 'ubiquiti']),
      );
      await client.query(`INSERT INTO claim_lines (id, claim_id, line_no, serial, model, status) VALUES ${ids.map((_, i) => `(gen_random_uuid(), $${2 * i + 1}, 1, $${2 * i + 2}, 'U6-Pro', 'submitted')`).join(', ')}`, ids.flatMap((id, i) => [id, `SN-${offset + i}`]));
      await client.query(`INSERT INTO claim_hops (claim_id, party_id, role, position, reference) VALUES ${ids.map((_, i) => `(${at(i, 2)}, 'reseller', 0, 'REF-' || ${'$' + (2 * n + i + 1)})`).join(', ')}`, [...ids.flatMap((id) => [id, 'r']), ...ids.map((_, i) => String(offset + i))]);
      await client.query(`INSERT INTO claim_events (id, claim_id, seq, type, to_status, actor_role, reason) VALUES ${ids.map((_, i) => `(gen_random_uuid(), ${at(i, 1)}, 1, 'status_changed', 'submitted', 'reseller', 'bench')`).join(', ')}`, ids);
      await client.query(`INSERT INTO outbox_messages (id, topic, key, payload) VALUES ${ids.map((_, i) => `(gen_random_uuid(), 'rma.claim.submitted.v1', ${at(i, 2)})`).join(', ')}`, ids.flatMap((id) => [id, JSON.stringify({ claimId: id })]));
      await client.query('COMMIT');
    }
    return claims / ((performance.now() - started) / 1000);
  } finally {
    await client.end();
    await database.drop();
  }
}

async function main(): Promise<void> {
  const infrastructure = await startInfrastructure();
  await prepareTemplate(infrastructure.postgresUrl);
  process.env.RMA_TEST_KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.RMA_TEST_POSTGRES_URL = infrastructure.postgresUrl;
  const dir = await mkdtemp(path.join(tmpdir(), 'rma-bench-'));
  const rows: Row[] = [];
  try {
    for (const claims of SIZES) {
      const file = await writeFile(claims, dir);
      // Router only downstream: "routed" is the claim leaving `submitted` (forwarded by its distributor).
      const hub = await startTestHub({ gateway: false, webhooks: true, router: ROUTE, connectors: false, notifier: false }, { LOG_LEVEL: 'error' });
      try {
        const run = await hubRun(hub, file, claims);
        rows.push({ ...run, baselinePerSecond: await baselineRun(infrastructure.postgresUrl, claims) });
      } finally {
        await hub.close();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await infrastructure.stop();
  }
  const format = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  console.log(`\nBulk import (NDJSON, one device per claim), 2 cores, gateway heap limit ${GATEWAY_HEAP_MB} MB (BENCH_GATEWAY_HEAP_MB), ${ROUTE ? 'router routing alongside' : 'no router'}:`);
  console.log('| claims | intake (stored, 202) | hub: accepted + persisted (claims/s) | baseline: pg multi-row INSERT (claims/s) | hub / baseline | gateway RSS after intake | gateway peak RSS | until every claim routed |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(
      `| ${format(row.claims)} | ${format(row.intakeSeconds, 1)} s | ${format(row.hubPerSecond)} | ${format(row.baselinePerSecond)} | ${format(row.hubPerSecond / row.baselinePerSecond, 2)} | ${format(row.gatewayRssAfterIntakeMb)} MB | ${format(row.gatewayPeakRssMb)} MB | ${row.secondsUntilRouted === null ? 'not routed (BENCH_ROUTE=false)' : `${format(row.secondsUntilRouted, 1)} s`} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
