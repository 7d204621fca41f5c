import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_CLAIM, eventually, type ReceivedWebhook, type TestHub, type TimelineEvent } from '@rma-hub/testing';

/** What the load needs of a hub: its API, a party's key and the portal simulator. */
export type LoadTarget = Pick<TestHub, 'url' | 'keyOf'> & { demo: { simulatorUrl: string; simulator: { stats: { ubiquiti: { rmasOpened: number } } } } };

export interface AcceptedClaim {
  id: string;
  reference: string;
  serial: string;
  /** The load's phase when the claim was first sent (see ClaimLoad.phase). */
  phase: string;
  /** Answers other than 2xx the client saw before the claim was accepted (status, or "network"). */
  refusals: string[];
}

export interface ClaimLoad {
  /** Labels the claims sent from now on, e.g. "broker down", so a test can tell the load ran during its fault. */
  phase(name: string): void;
  /** Stops sending new claims and waits until each one sent was accepted; gives what the API accepted. */
  stop(): Promise<LoadOutcome>;
}

export interface LoadOutcome {
  accepted: AcceptedClaim[];
  /** Claims sent per phase, accepted or not yet. */
  sentPerPhase: Record<string, number>;
  /** Answers other than 2xx, in total: the client retried each with the same Idempotency-Key. */
  refusals: number;
  /** Claims the API refused for good with a 4xx, e.g. a retry answered 409 instead of its first answer. */
  rejected: { reference: string; status: number; body: string }[];
}

const REQUEST_TIMEOUT_MS = 15_000;
const RETRY_DELAY_MS = 500;

/**
 * A steady load of claims through the public API, as a reseller's system sends them: one new
 * Ubiquiti claim (a device of its own) every `1000 / perSecond` ms, each retried with the same
 * Idempotency-Key while the hub answers 5xx or not at all, until it answers 2xx.
 */
export function startClaimLoad(hub: LoadTarget, options: { name: string; perSecond: number; reseller?: string }): ClaimLoad {
  const key = hub.keyOf(options.reseller ?? 'reseller-alpha');
  const accepted: AcceptedClaim[] = [];
  const rejected: LoadOutcome['rejected'] = [];
  const sentPerPhase: Record<string, number> = {};
  const inFlight = new Set<Promise<void>>();
  let phase = 'steady';
  let refusals = 0;
  let sent = 0;
  let running = true;

  const submit = async (n: number, sentInPhase: string) => {
    const reference = `${options.name}-${n}`;
    const serial = `${options.name.toUpperCase()}-UNIT-${n}`;
    const body = JSON.stringify({ ...DEMO_CLAIM, reference, lines: [{ serial, model: 'U6-Pro' }] });
    const seen: string[] = [];
    for (;;) {
      const answer = await fetch(`${hub.url}/v1/claims`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': reference },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }).then(
        async (response) => ({ status: response.status, text: await response.text() }),
        () => ({ status: 0, text: '' }),
      );
      if (answer.status >= 200 && answer.status < 300) {
        accepted.push({ id: (JSON.parse(answer.text) as { id: string }).id, reference, serial, phase: sentInPhase, refusals: seen });
        return;
      }
      if (answer.status >= 400 && answer.status < 500) {
        rejected.push({ reference, status: answer.status, body: answer.text });
        return;
      }
      seen.push(answer.status === 0 ? 'network' : String(answer.status));
      refusals += 1;
      await sleep(RETRY_DELAY_MS);
    }
  };

  const pace = (async () => {
    while (running) {
      sent += 1;
      sentPerPhase[phase] = (sentPerPhase[phase] ?? 0) + 1;
      const submission = submit(sent, phase).finally(() => inFlight.delete(submission));
      inFlight.add(submission);
      await sleep(1000 / options.perSecond);
    }
  })();

  return {
    phase: (name) => void (phase = name),
    stop: async () => {
      running = false;
      await pace;
      await Promise.all(inFlight);
      return { accepted, sentPerPhase, refusals, rejected };
    },
  };
}

/** One claim's expected status changes, e.g. ["submitted→forwarded", "forwarded→authorized"]. */
export type Journey = readonly string[];

export interface Tally {
  expected: number;
  found: number;
  missing: number;
  duplicated: number;
  /** What is missing or doubled, in words (claim reference and step), for a failing test to name. */
  faults: string[];
}

export interface LoadAudit {
  claims: Tally;
  /** Status changes on the claims' timelines. */
  timelineEvents: Tally;
  /** RMAs opened at the simulated portal: one per claim line. */
  upstreamRmas: Tally;
  /** Signed webhooks the subscriber received: one per status change; the same webhook-id again is a redelivery, not a duplicate. */
  deliveries: Tally & { redelivered: number };
  lost: number;
  duplicated: number;
  /** Every item missing or doubled, named. */
  faults: string[];
}

/** Each expected item's count: 0 is missing, more than 1 doubled. */
type Counts = { item: string; count: number }[];

const tally = (counts: Counts): Tally => ({
  expected: counts.length,
  found: counts.filter(({ count }) => count > 0).length,
  missing: counts.filter(({ count }) => count === 0).length,
  duplicated: counts.reduce((sum, { count }) => sum + Math.max(count - 1, 0), 0),
  faults: counts.filter(({ count }) => count !== 1).map(({ item, count }) => `${item} ×${count}`),
});

/**
 * Counts what the hub made of the accepted claims against what was accepted, through its public
 * API, the portal simulator and the subscriber: each claim exactly once (by its reference), each
 * status change of `journey` exactly once on its timeline and delivered exactly once, one upstream
 * RMA per claim line. Waits (`eventually`) until every claim has finished its journey.
 */
export async function auditLoad(
  hub: LoadTarget,
  outcome: LoadOutcome,
  options: { journey: Journey; received?: ReceivedWebhook[]; rmasOpenedBefore: number; reseller?: string; timeoutMs?: number },
): Promise<LoadAudit> {
  const key = hub.keyOf(options.reseller ?? 'reseller-alpha');
  const get = async (path: string) => {
    const response = await fetch(`${hub.url}${path}`, { headers: { authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const finalStatus = options.journey.at(-1)!.split('→')[1];
  const timeoutMs = options.timeoutMs ?? 120_000;

  // Every accepted claim at the end of its journey, and (when subscribed) every change delivered.
  await eventually(
    async () => {
      for (const claim of outcome.accepted) {
        const view = (await get(`/v1/claims/${claim.id}`)) as { status: string };
        if (view.status !== finalStatus) throw new Error(`claim ${claim.reference} is ${view.status}, not yet ${finalStatus}`);
      }
    },
    { timeoutMs, intervalMs: 500 },
  ).catch(() => undefined); // a claim that never got there shows as its missing timeline events and deliveries
  const received = options.received;
  if (received) {
    const wanted = outcome.accepted.length * options.journey.length;
    await eventually(
      async () => {
        const distinct = new Set(received.map((hook) => hook.id)).size;
        if (distinct < wanted) throw new Error(`${distinct} of ${wanted} deliveries received`);
      },
      { timeoutMs, intervalMs: 500 },
    ).catch(() => undefined); // the tally below names what is missing
  }

  const claimCounts: Counts = [];
  const eventCounts: Counts = [];
  const rmaCounts: Counts = [];
  const unexpected: string[] = [];
  for (const claim of outcome.accepted) {
    const listed = (await get(`/v1/claims?reference=${encodeURIComponent(claim.reference)}`)) as { claims: { id: string }[] };
    // The reference is the reseller's own and unique to it: a second claim holding it is a duplicate.
    claimCounts.push({ item: `claim ${claim.reference}`, count: listed.claims.some((entry) => entry.id === claim.id) ? listed.claims.length : 0 });
    const { events } = (await get(`/v1/claims/${claim.id}/events`)) as { events: TimelineEvent[] };
    const changes = events.filter((event) => event.type === 'status_changed' && event.from !== null).map((event) => `${event.from}→${event.to}`);
    for (const step of options.journey) eventCounts.push({ item: `event ${claim.reference} ${step}`, count: changes.filter((change) => change === step).length });
    unexpected.push(...changes.filter((change) => !options.journey.includes(change)).map((change) => `${claim.reference} ${change}`));
    const view = (await get(`/v1/claims/${claim.id}`)) as { lines: { serial: string; rmaNumber: string | null }[] };
    for (const line of view.lines) {
      rmaCounts.push({ item: `RMA ${claim.reference} ${line.serial}`, count: line.rmaNumber && (await upstreamSerial(hub, line.rmaNumber)) === line.serial ? 1 : 0 });
    }
  }
  if (unexpected.length > 0) throw new Error(`status changes outside the journey: ${unexpected.join(', ')}`);
  const claims = tally(claimCounts);
  const timelineEvents = tally(eventCounts);
  // RMAs the portal opened beyond one per line are duplicates, whichever claim they were for.
  const opened = hub.demo.simulator.stats.ubiquiti.rmasOpened - options.rmasOpenedBefore;
  const rmas = tally(rmaCounts);
  const extraRmas = Math.max(opened - rmas.found, 0);
  const upstreamRmas = { ...rmas, duplicated: extraRmas, faults: [...rmas.faults, ...(extraRmas > 0 ? [`${extraRmas} RMAs opened beyond one per line`] : [])] };
  const deliveries = received ? tallyDeliveries(outcome, options.journey, received) : { ...tally([]), redelivered: 0 };

  const parts = [claims, timelineEvents, upstreamRmas, deliveries];
  return {
    claims,
    timelineEvents,
    upstreamRmas,
    deliveries,
    lost: parts.reduce((sum, part) => sum + part.missing, 0),
    duplicated: parts.reduce((sum, part) => sum + part.duplicated, 0),
    faults: parts.flatMap((part) => part.faults),
  };
}

function tallyDeliveries(outcome: LoadOutcome, journey: Journey, received: ReceivedWebhook[]): Tally & { redelivered: number } {
  const ours = new Set(outcome.accepted.map((claim) => claim.id));
  const idsPerChange = new Map<string, Set<string>>();
  let redelivered = 0;
  const seen = new Set<string>();
  for (const hook of received) {
    const { data } = JSON.parse(hook.body) as { data: { claimId: string; from: string; to: string } };
    if (!ours.has(data.claimId)) continue;
    if (seen.has(hook.id)) redelivered += 1;
    seen.add(hook.id);
    const change = `${data.claimId} ${data.from}→${data.to}`;
    idsPerChange.set(change, (idsPerChange.get(change) ?? new Set()).add(hook.id));
  }
  const counts = outcome.accepted.flatMap((claim) => journey.map((step) => ({ item: `delivery ${claim.reference} ${step}`, count: idsPerChange.get(`${claim.id} ${step}`)?.size ?? 0 })));
  return { ...tally(counts), redelivered };
}

async function upstreamSerial(hub: LoadTarget, rmaNumber: string): Promise<string | undefined> {
  const response = await fetch(`${hub.demo.simulatorUrl}/ubiquiti/api/v1/rmas/${encodeURIComponent(rmaNumber)}`);
  return response.status === 200 ? ((await response.json()) as { serialNumber: string }).serialNumber : undefined;
}

/** The audit in the fault table's words, e.g. "60 claims (12 during the fault), 120 timeline events, …". */
export function describeAudit(audit: LoadAudit, outcome: LoadOutcome, faultPhase: string): string {
  const during = outcome.sentPerPhase[faultPhase] ?? 0;
  const answers = Object.entries(Object.groupBy(outcome.accepted.flatMap((claim) => claim.refusals), (answer) => answer)).map(([answer, all]) => `${all!.length}× ${answer}`);
  const refusals = answers.length > 0 ? `, answers retried with the same key: ${answers.join(', ')}` : '';
  const parts = [
    `${audit.claims.found}/${audit.claims.expected} claims (${during} sent during the fault${refusals})`,
    `${audit.timelineEvents.found}/${audit.timelineEvents.expected} timeline events`,
    `${audit.upstreamRmas.found}/${audit.upstreamRmas.expected} upstream RMAs`,
  ];
  if (audit.deliveries.expected > 0) {
    parts.push(`${audit.deliveries.found}/${audit.deliveries.expected} deliveries${audit.deliveries.redelivered ? ` (${audit.deliveries.redelivered} redelivered under the same id)` : ''}`);
  }
  return parts.join(', ');
}
