import { Webhook } from 'standardwebhooks';
import { apiAs, DEMO_CLAIM, eventually, ubiquitiReports, useSubscriber, useTestHub } from '@rma-hub/testing';

describe('status changes flow back down the chain to subscribed parties', () => {
  const testHub = useTestHub({ env: { SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true', DELIVERY_RETRY_DELAY_MS: '50' } });
  const subscriber = useSubscriber({ up: false });
  const as = (party: string) => apiAs(testHub().url, testHub().keyOf(party));

  it('delivers every change, signed and in order per claim, to a subscriber that was down when they happened', async () => {
    const url = subscriber.url();
    const subscription = await as('distri-west').post('/v1/subscriptions', { url });
    expect(subscription.status).toBe(201);
    expect(subscription.body.secret).toMatch(/^whsec_/);
    const outsider = await as('reseller-bravo').post('/v1/subscriptions', { url: `${url}?bravo` });

    const id: string = (await as('reseller-alpha').post('/v1/claims', { ...DEMO_CLAIM, reference: 'SUB-1' })).body.id;
    const claim = await eventually(async () => {
      const current = (await as('reseller-alpha').get(`/v1/claims/${id}`)).body;
      expect(current.status).toBe('authorized');
      return current;
    });
    await ubiquitiReports(testHub(), claim.lines[0].rmaNumber, { status: 'RECEIVED' });
    const log = await eventually(async () => {
      const deliveries = (await as('distri-west').get(`/v1/subscriptions/${subscription.body.id}/deliveries`)).body.deliveries;
      expect(deliveries).toHaveLength(3);
      // Newest first: the oldest change keeps being retried; the later ones wait behind it, in order.
      expect(deliveries[2]).toMatchObject({ state: 'pending', lastStatus: 503 });
      expect(deliveries[2].attempts).toBeGreaterThanOrEqual(2);
      return deliveries;
    });
    expect(log.slice(0, 2).map((delivery: { state: string; attempts: number }) => [delivery.state, delivery.attempts])).toEqual([
      ['pending', 0],
      ['pending', 0],
    ]);

    subscriber.setUp(true);
    await eventually(async () => expect(new Set(subscriber.received.map((hook) => hook.id)).size).toBe(3));
    const verifier = new Webhook(subscription.body.secret);
    const changes = subscriber.received.map((hook) => verifier.verify(hook.body, hook.headers) as { data: { claimId: string; from: string; to: string; reference: string } });
    expect(changes.map((change) => `${change.data.from}→${change.data.to}`)).toEqual(['submitted→forwarded', 'forwarded→authorized', 'authorized→received']);
    expect(changes.every((change) => change.data.claimId === id && change.data.reference === claim.references.distributor)).toBe(true);

    const delivered = (await as('distri-west').get(`/v1/subscriptions/${subscription.body.id}/deliveries`)).body.deliveries;
    expect(delivered.every((delivery: { state: string; lastStatus: number }) => delivery.state === 'delivered' && delivery.lastStatus === 204)).toBe(true);
    expect((await as('reseller-bravo').get(`/v1/subscriptions/${outsider.body.id}/deliveries`)).body.deliveries).toEqual([]);
    expect((await as('reseller-alpha').get(`/v1/subscriptions/${subscription.body.id}/deliveries`)).status).toBe(404);
  });

  it('refuses a URL that cannot receive webhooks, naming the field', async () => {
    const refused = await as('reseller-alpha').post('/v1/subscriptions', { url: 'ftp://files.example.com/drop' });
    expect(refused).toMatchObject({ status: 422, body: { code: 'SUBSCRIPTION.URL_NOT_ALLOWED', errors: [{ pointer: '/url', detail: 'must use https' }] } });
  });

  it('keeps no copy of the signing secret in the Idempotency-Key record, and a repeat still answers it', async () => {
    const headers = { 'idempotency-key': 'subscribe-once' };
    const first = await as('reseller-bravo').post('/v1/subscriptions', { url: subscriber.url() }, headers);
    expect(first.status).toBe(201);
    expect(first.body.secret).toMatch(/^whsec_/);
    const records = await testHub().query<{ response: unknown }>("SELECT response FROM idempotency_records WHERE party_id = 'reseller-bravo' AND key = 'subscribe-once'");
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records[0]!.response)).not.toContain(first.body.secret);

    const repeat = await as('reseller-bravo').post('/v1/subscriptions', { url: subscriber.url() }, headers);
    expect(repeat).toMatchObject({ status: 201, body: first.body });
    expect((await as('reseller-bravo').get('/v1/subscriptions')).body.subscriptions.filter((entry: { id: string }) => entry.id === first.body.id)).toHaveLength(1);
  });
});
