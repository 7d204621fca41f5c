import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { apiAs, DEMO_CLAIM, eventually, ubiquitiReports, useTestHub } from '@rma-hub/testing';

/** A party's webhook endpoint that can be down (503) or up, and keeps what it accepted. */
function startSubscriber() {
  let up = false;
  const received: { id: string; headers: Record<string, string>; body: string }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (!up) return void response.writeHead(503).end();
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      received.push({ id: headers['webhook-id']!, headers, body });
      response.writeHead(204).end();
    });
  });
  return {
    received,
    setUp: (value: boolean) => (up = value),
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/rma`))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('status changes flow back down the chain to subscribed parties', () => {
  const testHub = useTestHub({ env: { SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true', DELIVERY_RETRY_DELAY_MS: '50' } });
  const subscriber = startSubscriber();
  let url: string;
  beforeAll(async () => {
    url = await subscriber.listen();
  });
  afterAll(async () => {
    await subscriber.close();
  });
  const as = (party: string) => apiAs(testHub().url, testHub().keyOf(party));

  it('delivers every change, signed and in order per claim, to a subscriber that was down when they happened', async () => {
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
});
