import { DEMO_CLAIM, eventually, freePort, startServiceProcess, startTestHub, type ServiceProcess, type TestHub } from '@rma-hub/testing';
import { openLoop, percentile } from './open-loop';

export interface ChainRow {
  rate: number;
  postP50: number;
  postP99: number;
  chainP50: number;
  chainP99: number;
  /** Claims authorized per second over the window from the first submission to the last authorization. */
  throughput: number;
  claims: number;
  failures: number;
}

/** The services of the chain, each its own process, as deployed; `BENCH_CPU_PROF=<dir>` profiles each. */
export async function startChain(options: { routers?: number; connectors?: number } = {}): Promise<{ hub: TestHub; url: string; close(): Promise<void> }> {
  const hub = await startTestHub({ gateway: false, webhooks: false, router: false, connectors: false, notifier: false }, { LOG_LEVEL: 'error', DATABASE_POOL_SIZE: '10' });
  const port = await freePort();
  const profile = process.env.BENCH_CPU_PROF ? ` --cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROF}` : '';
  const env = { ...hub.serviceEnv, LOG_LEVEL: 'error', DATABASE_POOL_SIZE: '10', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''}${profile}` };
  const services: ServiceProcess[] = [startServiceProcess('gateway', { ...env, HTTP_PORT: String(port) })];
  for (let i = 0; i < (options.routers ?? 1); i += 1) services.push(startServiceProcess('router', env));
  for (let i = 0; i < (options.connectors ?? 1); i += 1) services.push(startServiceProcess('connectors', env));
  services.push(startServiceProcess('notifier', env));
  const url = `http://127.0.0.1:${port}`;
  await eventually(async () => {
    if ((await fetch(`${url}/readyz`)).status !== 200) throw new Error('gateway not ready');
  }, { timeoutMs: 60_000 });
  // Every consumer joined: one claim through the chain before the clock starts.
  await submitAndAwait(hub, url, 'warmup', 1);
  return {
    hub,
    url,
    close: async () => {
      await Promise.all(services.map((service) => service.kill()));
      await hub.close();
    },
  };
}

async function submitAndAwait(hub: TestHub, url: string, name: string, count: number): Promise<void> {
  const key = hub.keyOf('reseller-alpha');
  for (let n = 0; n < count; n += 1) {
    await fetch(`${url}/v1/claims`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body(name, n) });
  }
  await eventually(async () => {
    const [row] = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM claims WHERE status <> 'authorized'");
    if (row!.n > 0) throw new Error('warming up');
  }, { timeoutMs: 120_000, intervalMs: 100 });
}

function body(name: string, n: number): string {
  return JSON.stringify({ ...DEMO_CLAIM, reference: `${name}-${n}`, lines: [{ serial: `${name.toUpperCase()}-SN-${n}`, model: 'U6-Pro' }] });
}

/** Single claims at a fixed open-loop rate; then every claim's submit → authorized, read from its own timeline. */
export async function chainRun(chain: { hub: TestHub; url: string }, rate: number, seconds: number): Promise<ChainRow> {
  const key = chain.hub.keyOf('reseller-alpha');
  const name = `chain-${rate}-${Date.now()}`;
  const intake = await openLoop(rate, seconds, async (n) => {
    const response = await fetch(`${chain.url}/v1/claims`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body(name, n) });
    const answer = (await response.json()) as { id?: string };
    return { ok: response.status === 201, id: answer.id };
  });
  await eventually(async () => {
    const [row] = await chain.hub.query<{ n: number }>("SELECT count(*)::int AS n FROM claims WHERE id = ANY($1::uuid[]) AND status <> 'authorized'", [intake.ids]);
    if (row!.n > 0) throw new Error(`${row!.n} not authorized yet`);
  }, { timeoutMs: 1_800_000, intervalMs: 250 });
  const spans = await chain.hub.query<{ ms: number; submitted: Date; authorized: Date }>(
    `SELECT extract(epoch FROM a.occurred_at - s.occurred_at) * 1000 AS ms, s.occurred_at AS submitted, a.occurred_at AS authorized
       FROM claim_events s JOIN claim_events a ON a.claim_id = s.claim_id AND a.to_status = 'authorized'
      WHERE s.claim_id = ANY($1::uuid[]) AND s.to_status = 'submitted'`,
    [intake.ids],
  );
  const ms = spans.map((span) => Number(span.ms));
  const first = Math.min(...spans.map((span) => span.submitted.getTime()));
  const last = Math.max(...spans.map((span) => span.authorized.getTime()));
  return {
    rate,
    postP50: percentile(intake.latenciesMs, 50),
    postP99: percentile(intake.latenciesMs, 99),
    chainP50: percentile(ms, 50),
    chainP99: percentile(ms, 99),
    throughput: spans.length / ((last - first) / 1000),
    claims: intake.ids.length,
    failures: intake.failures,
  };
}
