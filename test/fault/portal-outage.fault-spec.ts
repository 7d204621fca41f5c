import { setTimeout as sleep } from 'node:timers/promises';
import { apiAs, portalFaults, useSubscriber, useTestHub } from '@rma-hub/testing';
import { recordFaultRow } from './fault-table';
import { auditLoad, describeAudit, startClaimLoad } from './load';

/**
 * Ubiquiti's portal down for far longer than one call's retry budget (3 attempts of 300 ms with
 * 50–100 ms between them, then the circuit opens), while claims keep coming. Its first answers
 * are late ones that still open the RMA after the hub gave up, so the retries must find them by
 * their idempotency key. Once it is back, every claim must end authorized with one RMA per device.
 */
const OUTAGE_MS = 12_000;
const JOURNEY = ['submitted→forwarded', 'forwarded→authorized'];

describe('fault: a portal down longer than the whole retry budget, under load', () => {
  const testHub = useTestHub({
    env: {
      PORTAL_TIMEOUT_MS: '300',
      PORTAL_RETRY_ATTEMPTS: '2',
      PORTAL_RETRY_INITIAL_DELAY_MS: '50',
      PORTAL_BREAKER_THRESHOLD: '4',
      PORTAL_BREAKER_HALF_OPEN_MS: '500',
      PORTAL_REQUEUE_DELAY_MS: '200',
      SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true',
      DELIVERY_RETRY_DELAY_MS: '50',
    },
  });
  const subscriber = useSubscriber();

  it('authorizes every claim once the portal returns, with no duplicate upstream RMA and every change delivered once', async () => {
    const hub = testHub();
    expect((await apiAs(hub.url, hub.keyOf('distri-west')).post('/v1/subscriptions', { url: subscriber.url() })).status).toBe(201);
    const stats = hub.demo.simulator.stats.ubiquiti;
    const rmasOpenedBefore = stats.rmasOpened;

    const load = startClaimLoad(hub, { name: 'portal-outage', perSecond: 3 });
    await sleep(3_000);
    load.phase('portal down');
    const callsBefore = stats.calls.length;
    await portalFaults(hub, 'ubiquiti', [
      { kind: 'latency', ms: 800, times: 4 },
      { kind: 'error', status: 503, times: null },
    ]);
    await sleep(OUTAGE_MS);
    const callsDuringOutage = stats.calls.slice(callsBefore);
    await portalFaults(hub, 'ubiquiti', 'clear');
    load.phase('portal back');
    await sleep(3_000);
    const outcome = await load.stop();

    expect(outcome.rejected).toEqual([]);
    expect(outcome.sentPerPhase['portal down']).toBeGreaterThanOrEqual(10);
    // The outage outlasted the retry budget: calls failed on it again and again, not once.
    expect(callsDuringOutage.filter((call) => call.outcome === 'error').length).toBeGreaterThan(4);

    const audit = await auditLoad(hub, outcome, { journey: JOURNEY, received: subscriber.received, rmasOpenedBefore });
    recordFaultRow({
      scenario: `portal (Ubiquiti) down ${OUTAGE_MS / 1000} s, past its retry budget (3 × 300 ms, circuit open), late answers first, under 3 claims/s`,
      figures: `${describeAudit(audit, outcome, 'portal down')}; ${callsDuringOutage.length} create calls reached the portal while it was down`,
      lost: audit.lost,
      duplicated: audit.duplicated,
    });
    expect(audit).toMatchObject({ lost: 0, duplicated: 0, faults: [] });
    expect(stats.rmasOpened - rmasOpenedBefore).toBe(outcome.accepted.length);
  });
});
