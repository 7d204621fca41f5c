import { Webhook } from 'standardwebhooks';
import type { HubModules } from '../../apps/all-in-one/src/hub';
import type { KillPoint } from '@rma-hub/messaging';
import {
  apiAs,
  DEMO_CLAIM,
  eventually,
  freePort,
  scrapeMetrics,
  startServiceProcess,
  startTestHub,
  useSubscriber,
  type ServiceProcess,
  type TestHub,
  type TimelineEvent,
} from '@rma-hub/testing';
import { recordFaultRow } from './fault-table';

/**
 * Each service killed by SIGKILL inside the window between an external effect and its record of it,
 * then started again: every claim still completes, and no effect is lost or done twice.
 */

/** Claims submitted while the doomed process runs, then while it is dead: a handful in all. */
const BEFORE_KILL = 3;
const WHILE_DEAD = 3;
const LINES_PER_CLAIM = 2;
const CLAIMS = BEFORE_KILL + WHILE_DEAD;
const EXPECTED_TIMELINE = ['submitted', 'forwarded', 'authorized'];
const EXPECTED_CHANGES = ['submitted→forwarded', 'forwarded→authorized'];
const SETTLED = { timeoutMs: 120_000, intervalMs: 250 };

jest.setTimeout(240_000);

/**
 * A test hub with one service left out of the in-process hub, run instead as separate processes the
 * test starts (killed at a point, then started again without it); stopped before the hub closes.
 */
function useHubWithout(service: keyof HubModules & string, env: Record<string, string> = {}) {
  let hub: TestHub | undefined;
  const processes: ServiceProcess[] = [];
  beforeAll(async () => {
    hub = await startTestHub({ gateway: true, webhooks: true, router: true, connectors: true, notifier: true, [service]: false }, env);
  });
  afterAll(async () => {
    for (const running of processes) await running.kill();
    await hub?.close();
  });
  const current = () => {
    if (!hub) throw new Error('the test hub has not started');
    return hub;
  };
  return {
    hub: current,
    /** Starts the left-out service as its own process, with `env` over the hub's service environment. */
    start(processEnv: Record<string, string> = {}): ServiceProcess {
      const started = startServiceProcess(service, { ...current().serviceEnv, ...processEnv });
      processes.push(started);
      return started;
    },
  };
}

function claimOf(tag: string, index: number): Record<string, unknown> {
  const lines = Array.from({ length: LINES_PER_CLAIM }, (_, line) => {
    const serial = `${tag}-${index}-${line}`;
    return { serial, model: 'U6-Pro', macId: `F0:9F:C2:00:${String(index).padStart(2, '0')}:${String(line).padStart(2, '0')}` };
  });
  return { ...DEMO_CLAIM, reference: `${tag}-${index}`, supportTicket: `UI-SUP-${tag}-${index}`, lines };
}

async function submitClaims(hub: TestHub, tag: string, from: number, count: number): Promise<string[]> {
  const reseller = apiAs(hub.url, hub.keyOf('reseller-alpha'));
  const ids: string[] = [];
  for (let index = from; index < from + count; index++) {
    const submitted = await reseller.post('/v1/claims', claimOf(tag, index));
    expect(submitted.status).toBe(201);
    ids.push(submitted.body.id);
  }
  return ids;
}

interface ClaimCount {
  authorized: number;
  timelineEvents: number;
  /** Timeline entries beyond the expected one per status, and expected ones missing. */
  extraEvents: number;
  missingEvents: number;
  linesWithRma: number;
  distinctRmas: number;
  /** Effects announced more than once: a second portal request or RMA-opened for a claim, a status change announced twice. */
  repeatedAnnouncements: number;
}

/** What became of the claims, counted from the API (status, lines, timeline) and the outbox (what each service announced). */
async function countClaims(hub: TestHub, ids: string[]): Promise<ClaimCount> {
  const reseller = apiAs(hub.url, hub.keyOf('reseller-alpha'));
  const count: ClaimCount = { authorized: 0, timelineEvents: 0, extraEvents: 0, missingEvents: 0, linesWithRma: 0, distinctRmas: 0, repeatedAnnouncements: 0 };
  const rmas = new Set<string>();
  for (const id of ids) {
    const claim = (await reseller.get(`/v1/claims/${id}`)).body;
    if (claim.status === 'authorized') count.authorized += 1;
    for (const line of claim.lines as { rmaNumber: string | null }[]) {
      if (line.rmaNumber) {
        count.linesWithRma += 1;
        rmas.add(line.rmaNumber);
      }
    }
    const timeline = ((await reseller.get(`/v1/claims/${id}/events`)).body.events as TimelineEvent[]).filter((event) => event.type === 'status_changed');
    const statuses = timeline.map((event) => event.to);
    count.timelineEvents += statuses.length;
    count.extraEvents += statuses.length - new Set(statuses).size + statuses.filter((status) => !EXPECTED_TIMELINE.includes(status!)).length;
    count.missingEvents += EXPECTED_TIMELINE.filter((status) => !statuses.includes(status)).length;
  }
  count.distinctRmas = rmas.size;
  const [repeated] = await hub.query<{ n: number }>(
    `SELECT coalesce(sum(n - 1), 0)::int AS n FROM (
       SELECT count(*)::int AS n FROM outbox_messages
       WHERE key = ANY($1::text[]) AND topic IN ('rma.portal.rma-requested.v1', 'rma.portal.rma-opened.v1', 'rma.claim.status-changed.v1')
       GROUP BY topic, key, payload->>'to' HAVING count(*) > 1) AS twice`,
    [ids],
  );
  count.repeatedAnnouncements = repeated!.n;
  return count;
}

/** The claims' part of a row: lost is what never came, duplicated what came twice. */
function claimFigures(count: ClaimCount, rmasOpened: number) {
  const lines = CLAIMS * LINES_PER_CLAIM;
  return {
    figures: `${CLAIMS} claims → ${count.authorized} authorized; ${count.timelineEvents} timeline events (${EXPECTED_TIMELINE.length} a claim); ${rmasOpened} upstream RMAs for ${lines} lines`,
    lost: CLAIMS - count.authorized + count.missingEvents + (lines - count.linesWithRma),
    duplicated: count.extraEvents + count.repeatedAnnouncements + Math.max(0, rmasOpened - lines) + (count.linesWithRma - count.distinctRmas),
  };
}

/** Waits for every claim to be authorized with its RMA numbers; fails at once if the restarted service ends first. */
async function allSettled(hub: TestHub, ids: string[], restarted: ServiceProcess): Promise<ClaimCount> {
  const settled = eventually(async () => {
    const count = await countClaims(hub, ids);
    expect(count).toMatchObject({ authorized: CLAIMS, missingEvents: 0, linesWithRma: CLAIMS * LINES_PER_CLAIM });
    return { count };
  }, SETTLED);
  const outcome = await Promise.race([settled, restarted.exited.then((ended) => ({ ended }))]);
  if ('ended' in outcome) throw new Error(`the restarted service ended (${String(outcome.ended)}) before the claims settled`);
  return outcome.count;
}

const killAt = (point: KillPoint) => ({ FAULT_KILL_AT: point });

describe('connectors SIGKILLed after the portal answered, before the settle transaction committed', () => {
  // One call per attempt and a short timeout: the crashed worker's lease (the longest a call may take) lapses soon.
  const portalEnv = { PORTAL_TIMEOUT_MS: '1000', PORTAL_RETRY_ATTEMPTS: '0' };
  const scenario = useHubWithout('connectors');

  it('repeats the call with the same idempotency keys: one upstream RMA per line, one authorization per claim', async () => {
    const hub = scenario.hub();
    const doomed = scenario.start({ ...portalEnv, ...killAt('connectors.after-portal-answer') });
    const ids = await submitClaims(hub, 'KCON', 0, BEFORE_KILL);
    expect(await doomed.exited).toBe('SIGKILL');

    // The portal opened RMAs, yet the hub recorded none of them: the kill fell inside the window.
    const ubiquiti = hub.demo.simulator.stats.ubiquiti;
    expect(ubiquiti.rmasOpened).toBeGreaterThanOrEqual(1);
    const [recorded] = await hub.query<{ opened: number; settled: number }>(
      `SELECT (SELECT count(*)::int FROM outbox_messages WHERE topic = 'rma.portal.rma-opened.v1') AS opened,
              (SELECT count(*)::int FROM portal_requests WHERE state <> 'pending') AS settled`,
    );
    expect(recorded).toEqual({ opened: 0, settled: 0 });
    const openedBeforeKill = ubiquiti.rmasOpened;

    ids.push(...(await submitClaims(hub, 'KCON', BEFORE_KILL, WHILE_DEAD)));
    const count = await allSettled(hub, ids, scenario.start(portalEnv));

    const row = claimFigures(count, ubiquiti.rmasOpened);
    recordFaultRow({
      scenario: 'connectors SIGKILLed between the portal answer and the settle commit (connectors.after-portal-answer), restarted',
      figures: `${row.figures} (${ubiquiti.createCalls} create calls; ${openedBeforeKill} opened before the kill, answered again by idempotency key)`,
      lost: row.lost,
      duplicated: row.duplicated,
    });
    expect(ubiquiti.createCalls).toBeGreaterThan(ubiquiti.rmasOpened);
    expect(row).toMatchObject({ lost: 0, duplicated: 0 });
  });
});

describe('the notifier SIGKILLed after a subscriber answered 2xx, before the delivery was marked delivered', () => {
  const scenario = useHubWithout('notifier', { SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true' });
  const subscriber = useSubscriber();
  // A short attempt timeout: the crashed worker's lease (twice the timeout and a margin) lapses soon.
  const notifierEnv = { DELIVERY_TIMEOUT_MS: '1000', DELIVERY_RETRY_DELAY_MS: '50' };

  it('sends that delivery again under the same webhook-id, and every status change under exactly one id', async () => {
    const hub = scenario.hub();
    const subscription = await apiAs(hub.url, hub.keyOf('distri-west')).post('/v1/subscriptions', { url: subscriber.url() });
    expect(subscription.status).toBe(201);

    const doomed = scenario.start({ ...notifierEnv, ...killAt('notifier.after-delivery') });
    const ids = await submitClaims(hub, 'KNOT', 0, BEFORE_KILL);
    expect(await doomed.exited).toBe('SIGKILL');

    // The subscriber has the delivery; the hub still owes it: the kill fell inside the window.
    expect(subscriber.received).toHaveLength(1);
    const [answered] = await hub.query<{ state: string }>('SELECT state FROM deliveries WHERE id = $1::uuid', [subscriber.received[0]!.id]);
    expect(answered!.state).toBe('pending');

    ids.push(...(await submitClaims(hub, 'KNOT', BEFORE_KILL, WHILE_DEAD)));
    const count = await allSettled(hub, ids, scenario.start(notifierEnv));
    const expected = ids.flatMap((id) => EXPECTED_CHANGES.map((change) => `${id} ${change}`));
    await eventually(async () => {
      const [owed] = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM deliveries WHERE state <> 'delivered'");
      expect(owed!.n).toBe(0);
      expect(new Set(subscriber.received.map((hook) => hook.id)).size).toBe(expected.length);
    }, SETTLED);

    // At-least-once by contract: the same webhook-id may come again and is dropped by it. A duplicate
    // no subscriber could drop is one status change under two webhook-ids, or one id with two bodies.
    const verifier = new Webhook(subscription.body.secret);
    const idsOfChange = new Map<string, Set<string>>();
    const bodiesOfId = new Map<string, Set<string>>();
    for (const hook of subscriber.received) {
      const change = (verifier.verify(hook.body, hook.headers) as { data: { claimId: string; from: string; to: string } }).data;
      const key = `${change.claimId} ${change.from}→${change.to}`;
      idsOfChange.set(key, (idsOfChange.get(key) ?? new Set()).add(hook.id));
      bodiesOfId.set(hook.id, (bodiesOfId.get(hook.id) ?? new Set()).add(hook.body));
    }
    const redelivered = subscriber.received.length - bodiesOfId.size;
    const lostChanges = expected.filter((change) => !idsOfChange.has(change)).length;
    const duplicatedChanges = [...idsOfChange.values()].reduce((sum, hookIds) => sum + hookIds.size - 1, 0) + [...bodiesOfId.values()].reduce((sum, bodies) => sum + bodies.size - 1, 0);

    const row = claimFigures(count, hub.demo.simulator.stats.ubiquiti.rmasOpened);
    recordFaultRow({
      scenario: 'notifier SIGKILLed between a 2xx answer and marking the delivery sent (notifier.after-delivery), restarted',
      figures: `${row.figures}; ${expected.length} status changes owed to a subscriber → ${bodiesOfId.size} webhook-ids received (${subscriber.received.length} requests: ${redelivered} redelivered under the same id)`,
      lost: row.lost + lostChanges,
      duplicated: row.duplicated + duplicatedChanges,
    });
    expect(redelivered).toBeGreaterThanOrEqual(1);
    expect(row).toMatchObject({ lost: 0, duplicated: 0 });
    expect({ lostChanges, duplicatedChanges }).toEqual({ lostChanges: 0, duplicatedChanges: 0 });
  });
});

describe('the outbox relay SIGKILLed after publishing a batch, before marking its rows published', () => {
  // The in-process hub does not relay, so the router process's relay is the one that publishes
  // (the processes inherit the hub's environment, so each turns its relay back on).
  const scenario = useHubWithout('router', { OUTBOX_RELAY: 'off' });
  const relaying = { OUTBOX_RELAY: 'on', OUTBOX_POLL_MS: '25' };

  it('publishes the batch again and the consumers absorb the copies: every effect once', async () => {
    const hub = scenario.hub();
    const ids = await submitClaims(hub, 'KREL', 0, BEFORE_KILL);
    const [pending] = await hub.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages WHERE published_at IS NULL');
    expect(pending!.n).toBe(BEFORE_KILL);

    const doomed = scenario.start({ ...relaying, ...killAt('relay.after-publish') });
    expect(await doomed.exited).toBe('SIGKILL');
    // The batch went to Kafka (its copies are counted below) and not one row was marked published.
    const [unmarked] = await hub.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages WHERE published_at IS NULL');
    expect(unmarked!.n).toBe(BEFORE_KILL);

    ids.push(...(await submitClaims(hub, 'KREL', BEFORE_KILL, WHILE_DEAD)));
    const port = await freePort();
    const count = await allSettled(hub, ids, scenario.start({ ...relaying, HTTP_PORT: String(port) }));
    const consumed = await scrapeMetrics(`http://127.0.0.1:${port}`);
    const copiesAbsorbed = consumed.value('rmahub_consumer_messages_total', { consumer: 'rma-hub.router', topic: 'rma.claim.submitted.v1', outcome: 'duplicate' }) ?? 0;
    const applied = consumed.value('rmahub_consumer_messages_total', { consumer: 'rma-hub.router', topic: 'rma.claim.submitted.v1', outcome: 'processed' }) ?? 0;

    const row = claimFigures(count, hub.demo.simulator.stats.ubiquiti.rmasOpened);
    recordFaultRow({
      scenario: 'outbox relay (in the router) SIGKILLed between publishing a batch and marking it published (relay.after-publish), restarted',
      figures: `${row.figures}; the restarted router consumed ${applied + copiesAbsorbed} claim.submitted messages: ${applied} applied, ${copiesAbsorbed} re-published copies absorbed`,
      lost: row.lost,
      duplicated: row.duplicated,
    });
    expect(copiesAbsorbed).toBeGreaterThanOrEqual(BEFORE_KILL);
    expect(row).toMatchObject({ lost: 0, duplicated: 0 });
  });
});
