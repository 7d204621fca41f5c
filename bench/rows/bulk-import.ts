import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_CLAIM, eventually, freePort, startServiceProcess, startTestHub, type TestHub } from '@rma-hub/testing';
import { copyImport, multiRowInsert } from '../baselines/bulk-baselines';
import { DEPLOYED_ENV } from '../deployed-env';
import { format, NONE, ratio, verdict, type BenchRow } from '../table';
import type { RowProducer } from './context';

const TARGET_PER_SECOND = 20_000;
const TARGET_SHARE_OF_COPY = 0.25;
const TARGET_ROUTED_PER_SECOND = 1_000;
/** "Flat" memory: the largest import's peak RSS within 20 % of the smallest's. */
const FLAT_RSS_GROWTH = 1.2;

interface HubImport {
  claims: number;
  /** Claims accepted and persisted per second, from the request's start until the job is done. */
  perSecond: number;
  gatewayRssAfterIntakeMb: number;
  gatewayPeakRssMb: number;
  /** Claims per second from the 202 until none is left `submitted`; null without a router. */
  routedPerSecond: number | null;
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

/** One import through a real gateway process; the router, when routing, runs in the test hub alongside. */
async function hubImport(hub: TestHub, file: string, claims: number, heapMb: number, route: boolean): Promise<HubImport> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const gateway = startServiceProcess('gateway', {
    ...hub.serviceEnv,
    HTTP_PORT: String(port),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`,
  });
  try {
    await eventually(async () => {
      if ((await fetch(`${url}/readyz`)).status !== 200) throw new Error('not ready');
    }, { timeoutMs: 90_000 });
    const started = performance.now();
    const response = await fetch(`${url}/v1/bulk/claims`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.keyOf('reseller-alpha')}`, 'content-type': 'application/x-ndjson' },
      body: createReadStream(file) as never,
      duplex: 'half',
    } as RequestInit);
    if (response.status !== 202) throw new Error(`bulk import answered ${response.status}: ${await response.text()}`);
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
    if (route) {
      await eventually(async () => {
        const [left] = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM claims WHERE status = 'submitted'");
        if (left!.n > 0) throw new Error(`${left!.n} not routed yet`);
      }, { timeoutMs: 3_600_000, intervalMs: 200 });
    }
    const routed = performance.now();
    return {
      claims,
      perSecond: claims / ((imported - started) / 1000),
      gatewayRssAfterIntakeMb: rssAfterIntake,
      gatewayPeakRssMb: peak,
      routedPerSecond: route ? claims / ((routed - stored) / 1000) : null,
    };
  } finally {
    await gateway.kill();
  }
}

/**
 * Rows 3 and 4: bulk import of NDJSON files (one device per claim) through a real gateway process,
 * beside COPY and multi-row INSERTs of the same rows into the same tables on the same server; the
 * gateway's memory; and routing after the import.
 */
export const bulkImportRows: RowProducer = async ({ postgresUrl, settings }) => {
  const { bulkSizes, gatewayHeapMb, bulkRoute } = settings;
  const dir = await mkdtemp(path.join(tmpdir(), 'rma-bench-'));
  const imports: (HubImport & { copyPerSecond: number; insertPerSecond: number })[] = [];
  try {
    for (const claims of bulkSizes) {
      const file = await writeFile(claims, dir);
      // Router only downstream: "routed" is the claim leaving `submitted` (forwarded by its distributor).
      const hub = await startTestHub({ gateway: false, webhooks: true, router: bulkRoute, connectors: false, notifier: false }, DEPLOYED_ENV);
      const run = await hubImport(hub, file, claims, gatewayHeapMb, bulkRoute).finally(() => hub.close());
      imports.push({ ...run, copyPerSecond: await copyImport(postgresUrl, claims), insertPerSecond: await multiRowInsert(postgresUrl, claims) });
      await rm(file);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const rows: BenchRow[] = [];
  for (const [index, run] of imports.entries()) {
    const smallest = imports[0]!;
    const size = format(run.claims);
    rows.push(
      {
        what: `Bulk import of ${size} claims (NDJSON, accepted and persisted), claims/s; baseline COPY … FROM STDIN`,
        hub: format(run.perSecond),
        baseline: format(run.copyPerSecond),
        ratio: ratio(run.perSecond, run.copyPerSecond),
        target: verdict(run.perSecond >= TARGET_PER_SECOND && run.perSecond >= TARGET_SHARE_OF_COPY * run.copyPerSecond, `≥ ${format(TARGET_PER_SECOND)}/s and ≥ 25 % of COPY`),
      },
      {
        what: `Bulk import of ${size} claims, claims/s; baseline multi-row INSERT (500 rows a statement)`,
        hub: format(run.perSecond),
        baseline: format(run.insertPerSecond),
        ratio: ratio(run.perSecond, run.insertPerSecond),
        target: NONE,
      },
      {
        what: `Gateway RSS importing ${size} claims, after the 202 / peak (heap limit ${format(gatewayHeapMb)} MB)`,
        hub: `${format(run.gatewayRssAfterIntakeMb)} MB / ${format(run.gatewayPeakRssMb)} MB`,
        baseline: NONE,
        ratio: NONE,
        target: index === 0 ? 'flat from here up' : verdict(run.gatewayPeakRssMb <= smallest.gatewayPeakRssMb * FLAT_RSS_GROWTH, `peak within 20 % of ${format(smallest.claims)}'s`),
      },
    );
    if (run.routedPerSecond !== null) {
      rows.push({
        what: `Routing after the bulk import of ${size} claims, claims/s from the 202 until none is left submitted`,
        hub: format(run.routedPerSecond),
        baseline: NONE,
        ratio: NONE,
        target: verdict(run.routedPerSecond >= TARGET_ROUTED_PER_SECOND, `≥ ${format(TARGET_ROUTED_PER_SECOND)}/s`),
      });
    }
  }
  return rows;
};
