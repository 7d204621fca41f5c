import { apiAs, DEMO_CLAIM, eventually, freePort, useStallingSubscriber, useSubscriber, useTestHub } from '@rma-hub/testing';

interface LoggedDelivery {
  claimId: string;
  state: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
}

describe('subscribers that fail, stall or hang', () => {
  const testHub = useTestHub({ env: { SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true', DELIVERY_RETRY_DELAY_MS: '50', DELIVERY_TIMEOUT_MS: '1000' } });
  const stalling = useStallingSubscriber();
  const down = useSubscriber({ up: false });
  const healthy = useSubscriber();
  const as = (party: string) => apiAs(testHub().url, testHub().keyOf(party));
  const subscribe = async (party: string, url: string): Promise<string> => (await as(party).post('/v1/subscriptions', { url })).body.id;
  const logOf = async (party: string, subscriptionId: string): Promise<LoggedDelivery[]> =>
    (await as(party).get(`/v1/subscriptions/${subscriptionId}/deliveries`)).body.deliveries;
  const submitClaim = async (reference: string): Promise<string> => (await as('reseller-alpha').post('/v1/claims', { ...DEMO_CLAIM, reference })).body.id;

  let stallingSubscription: string;
  beforeAll(async () => {
    stallingSubscription = await subscribe('distri-west', stalling.url());
  });

  it('gives up on a subscriber that sends headers and then dribbles its body for ever, and tries again', async () => {
    const claimId = await submitClaim('SLOW-1');
    const first = await eventually(async () => {
      const delivery = (await logOf('distri-west', stallingSubscription)).find((entry) => entry.claimId === claimId && entry.attempts >= 2);
      expect(delivery).toMatchObject({ state: 'pending', lastStatus: null, lastError: 'timed out' });
      return delivery!;
    });
    expect(stalling.received.length).toBeGreaterThanOrEqual(first.attempts - 1);
  });

  it('logs coarse reasons, never the socket error naming the address and port', async () => {
    const closedPort = await freePort();
    const refusing = await subscribe('distri-west', `http://127.0.0.1:${closedPort}/hooks`);
    const answering503 = await subscribe('distri-west', down.url());
    const claimId = await submitClaim('SLOW-2');
    const lastErrorOf = async (subscriptionId: string) => {
      const delivery = (await logOf('distri-west', subscriptionId)).find((entry) => entry.claimId === claimId && entry.attempts >= 1 && entry.lastError !== null);
      expect(delivery).toBeDefined();
      return delivery!;
    };
    expect(await eventually(() => lastErrorOf(refusing))).toMatchObject({ lastStatus: null, lastError: 'could not connect' });
    expect(await eventually(() => lastErrorOf(answering503))).toMatchObject({ lastStatus: 503, lastError: 'answered 503' });
  });

  it('keeps delivering to a healthy subscriber while a hanging one holds at most one delivery at a time', async () => {
    await subscribe('reseller-alpha', healthy.url());
    const claimIds = new Set(await Promise.all(Array.from({ length: 6 }, (_, index) => submitClaim(`SLOW-3-${index}`))));
    // Each claim is forwarded, then authorized: two changes owed to every subscriber of its chain.
    await eventually(async () => {
      const changes = healthy.received.map((hook) => JSON.parse(hook.body) as { data: { claimId: string } }).filter((hook) => claimIds.has(hook.data.claimId));
      expect(changes).toHaveLength(2 * claimIds.size);
    });
    expect(stalling.counts.mostOpenAtOnce).toBe(1);
    // The hanging subscriber is still served, one delivery at a time: each claim's first change reaches it.
    await eventually(async () => {
      const tried = (await logOf('distri-west', stallingSubscription)).filter((entry) => claimIds.has(entry.claimId) && entry.attempts >= 1);
      expect(new Set(tried.map((entry) => entry.claimId)).size).toBe(claimIds.size);
    });
    expect(stalling.counts.mostOpenAtOnce).toBe(1);
  });
});
