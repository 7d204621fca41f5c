import { apiAs, DEMO_CLAIM, eventually, portalFaults, useTestHub } from '@rma-hub/testing';

/**
 * The Ubiquiti connector against a misbehaving portal. Short timeouts and delays keep the run
 * quick; what is asserted is the outcome (one RMA per device) and how many calls it took.
 */
describe('portal faults: every claim ends with exactly one upstream RMA', () => {
  const testHub = useTestHub({
    env: {
      PORTAL_TIMEOUT_MS: '300',
      PORTAL_RETRY_ATTEMPTS: '3',
      PORTAL_RETRY_INITIAL_DELAY_MS: '50',
      PORTAL_BREAKER_THRESHOLD: '4',
      PORTAL_BREAKER_HALF_OPEN_MS: '500',
      PORTAL_REQUEUE_DELAY_MS: '200',
    },
  });
  let serial = 0;
  const stats = () => testHub().demo.simulator.stats.ubiquiti;
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));

  /** Submits a claim and returns how many create calls and RMAs it took to authorize it. */
  async function authorizeCounting(): Promise<{ id: string; calls: { at: number; outcome: string }[]; opened: number }> {
    const before = { calls: stats().calls.length, opened: stats().rmasOpened };
    serial += 1;
    const id: string = (await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: `FAULT-${serial}`, lines: [{ serial: `FAULT-UNIT-${serial}`, model: 'U6-Pro' }] })).body.id;
    await eventually(async () => expect((await reseller().get(`/v1/claims/${id}`)).body.status).toBe('authorized'), { timeoutMs: 90_000 });
    return { id, calls: stats().calls.slice(before.calls), opened: stats().rmasOpened - before.opened };
  }

  it('survives a burst of 5xx answers', async () => {
    await portalFaults(testHub(), 'ubiquiti', [{ kind: 'error', status: 503, times: 3 }]);
    const { calls, opened } = await authorizeCounting();
    expect(calls.map((call) => call.outcome)).toEqual(['error', 'error', 'error', 'ok']);
    expect(opened).toBe(1);
  });

  it('survives timeouts even when the portal did the work after the client gave up', async () => {
    await portalFaults(testHub(), 'ubiquiti', [{ kind: 'latency', ms: 800, times: 2 }]);
    const { calls, opened } = await authorizeCounting();
    expect(calls.map((call) => call.outcome)).toEqual(['latency', 'latency', 'ok']);
    expect(opened).toBe(1);
  });

  it('waits as long as a 429 Retry-After asks before calling again', async () => {
    await portalFaults(testHub(), 'ubiquiti', [{ kind: 'throttle', retryAfterSeconds: 1, times: 1 }]);
    const { calls, opened } = await authorizeCounting();
    expect(calls.map((call) => call.outcome)).toEqual(['throttle', 'ok']);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1_000);
    expect(opened).toBe(1);
  });

  it('retries a malformed answer', async () => {
    await portalFaults(testHub(), 'ubiquiti', [{ kind: 'malformed', times: 1 }]);
    const { calls, opened } = await authorizeCounting();
    expect(calls.map((call) => call.outcome)).toEqual(['malformed', 'ok']);
    expect(opened).toBe(1);
  });

  it('shows the claim waiting while the portal is down past the retry budget, and completes once it returns', async () => {
    await portalFaults(testHub(), 'ubiquiti', [{ kind: 'error', status: 503, times: null }]);
    const callsBefore = stats().calls.length;
    const openedBefore = stats().rmasOpened;
    const id: string = (await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: 'FAULT-DOWN', lines: [{ serial: 'FAULT-DOWN-1', model: 'U6-Pro' }] })).body.id;

    const waiting = await eventually(async () => {
      const claim = (await reseller().get(`/v1/claims/${id}`)).body;
      expect(claim.upstream).toMatchObject({ state: 'waiting', lastError: expect.stringMatching(/answered 503|circuit open/) });
      expect(claim.upstream.attempts).toBeGreaterThanOrEqual(2);
      return claim;
    }, { timeoutMs: 60_000 });
    expect(waiting.status).toBe('forwarded');

    await portalFaults(testHub(), 'ubiquiti', 'clear');
    await eventually(async () => expect((await reseller().get(`/v1/claims/${id}`)).body.status).toBe('authorized'), { timeoutMs: 90_000 });
    const done = (await reseller().get(`/v1/claims/${id}`)).body;
    expect(done.upstream).toMatchObject({ state: 'done', lastError: null });
    expect(stats().rmasOpened - openedBefore).toBe(1);
    expect(stats().calls.slice(callsBefore).filter((call: { outcome: string }) => call.outcome === 'ok')).toHaveLength(1);
  });
});
