import { setTimeout as sleep } from 'node:timers/promises';
import { eventually, freePort, startServiceProcess, startTestHub, type ServiceProcess, type TestHub } from '@rma-hub/testing';
import { DEPLOYED_ENV } from '../deployed-env';
import { readyOrClose } from '../ready';
import { postClaim } from '../single-claim';
import { consumerGroupMembers } from './consumer-groups';
import { openLoop, percentile } from './open-loop';

export interface RunningHub {
  hub: TestHub;
  /** The gateway's base URL. */
  url: string;
  apiKey: string;
  close(): Promise<void>;
}

/**
 * The hub's services, each its own process as deployed, against a test hub (its own database and
 * Kafka namespace, the zero-latency portal simulator); `BENCH_CPU_PROF=<dir>` profiles each.
 */
async function startServices(apps: string[]): Promise<RunningHub> {
  const hub = await startTestHub({ gateway: false, webhooks: false, router: false, connectors: false, notifier: false }, { ...DEPLOYED_ENV, DATABASE_POOL_SIZE: '10' });
  const port = await freePort();
  const profile = process.env.BENCH_CPU_PROF ? ` --cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROF}` : '';
  const env = { ...hub.serviceEnv, DATABASE_POOL_SIZE: '10', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''}${profile}` };
  const services: ServiceProcess[] = [startServiceProcess('gateway', { ...env, HTTP_PORT: String(port) }), ...apps.map((app) => startServiceProcess(app, env))];
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    await Promise.all(services.map((service) => service.kill()));
    await hub.close();
  };
  await readyOrClose(url, close, 90_000);
  return { hub, url, apiKey: hub.keyOf('reseller-alpha'), close };
}

/** The gateway alone: what the intake is measured against. */
export function startGateway(): Promise<RunningHub> {
  return startServices([]);
}

/** The whole chain, gateway → router → connectors → portal → authorized, plus the notifier; warmed by one claim. */
export async function startChain(options: { routers?: number; connectors?: number } = {}): Promise<RunningHub> {
  const { routers = 1, connectors = 1 } = options;
  const apps = [...Array<string>(routers).fill('router'), ...Array<string>(connectors).fill('connectors'), 'notifier'];
  const chain = await startServices(apps);
  try {
    // Every consumer joined its group: one claim through the chain before the clock starts.
    const warmup = await postClaim(chain.url, chain.apiKey, `warmup-${Date.now()}`, 0);
    if (!warmup.ok || !(await untilAuthorized(chain.hub, [warmup.id!], Date.now() + 120_000))) throw new Error('the warm-up claim was not authorized in 2 minutes');
    // A second process of a group may join after the warm-up went through; its rebalance must not fall in the measured window.
    if (routers > 1 || connectors > 1) {
      await eventually(async () => {
        const members = [...(await consumerGroupMembers(chain.hub))];
        const of = (app: string) => members.filter(([group]) => group.includes(app)).reduce((sum, [, count]) => sum + count, 0);
        if (of('router') < routers || of('connectors') < connectors) throw new Error(`consumer groups not all joined yet: ${members.map((entry) => entry.join(' ')).join(', ')}`);
      }, { timeoutMs: 60_000, intervalMs: 500 });
    }
  } catch (error) {
    await chain.close();
    throw error;
  }
  return chain;
}

/** Polls until every claim is authorized (true) or the deadline passes (false). */
async function untilAuthorized(hub: TestHub, ids: string[], deadline: number): Promise<boolean> {
  for (;;) {
    const [row] = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM claims WHERE id = ANY($1::uuid[]) AND status <> 'authorized'", [ids]);
    if (row!.n === 0) return true;
    if (Date.now() > deadline) return false;
    await sleep(250);
  }
}

export interface ChainMeasure {
  rate: number;
  /** POST /v1/claims latencies, from each request's intended send time. */
  postLatenciesMs: number[];
  failures: number;
  failureKinds: Map<string, number>;
  /**
   * Per claim, in submission order: ms from its `submitted` to its `authorized` timeline event,
   * read from the claim's own timeline; for a claim not authorized by the deadline, the time it
   * had waited by then (a lower bound).
   */
  chainMs: number[];
  /** False when some claims were still not authorized at the deadline: chainMs then holds lower bounds. */
  complete: boolean;
  authorized: number;
  /** Claims authorized per second: see outflow. */
  throughput: number;
  ids: string[];
}

/** Single claims at a fixed open-loop rate for `seconds`; then each claim's submit → authorized, waiting at most until `deadline` (epoch ms). */
export async function measureChain(chain: RunningHub, rate: number, seconds: number, deadline: (sendStarted: number) => number): Promise<ChainMeasure> {
  const run = `chain-${rate}-${Date.now()}`;
  const started = Date.now();
  const intake = await openLoop(rate, seconds, (n) => postClaim(chain.url, chain.apiKey, run, n));
  const complete = await untilAuthorized(chain.hub, intake.ids, deadline(started));
  const spans = await chain.hub.query<{ ms: number; authorized: boolean; ended_at: Date }>(
    `SELECT extract(epoch FROM coalesce(a.occurred_at, now()) - s.occurred_at) * 1000 AS ms, a.occurred_at IS NOT NULL AS authorized,
            coalesce(a.occurred_at, now()) AS ended_at
       FROM claim_events s LEFT JOIN claim_events a ON a.claim_id = s.claim_id AND a.to_status = 'authorized'
      WHERE s.claim_id = ANY($1::uuid[]) AND s.to_status = 'submitted'
      ORDER BY s.occurred_at`,
    [intake.ids],
  );
  return {
    rate,
    postLatenciesMs: intake.latenciesMs,
    failures: intake.failures,
    failureKinds: intake.failureKinds,
    chainMs: spans.map((span) => Number(span.ms)),
    complete,
    authorized: spans.filter((span) => span.authorized).length,
    throughput: outflow(spans.map((span) => span.ended_at.getTime())),
    ids: intake.ids,
  };
}

/**
 * The rate claims came out of the chain, from their authorization times in submission order (a
 * claim still waiting counts as authorized now): the claims between the middle of the first tenth
 * and the middle of the last, over the time between the two tenths' median authorizations. A
 * constant latency does not lower it, nor does jitter at either end; a growing backlog does.
 */
function outflow(authorizedAt: number[]): number {
  const tenth = Math.max(1, Math.floor(authorizedAt.length / 10));
  const from = percentile(authorizedAt.slice(0, tenth), 50);
  const to = percentile(authorizedAt.slice(-tenth), 50);
  return (authorizedAt.length - tenth) / ((to - from) / 1000);
}
