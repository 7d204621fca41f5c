import { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { apiAs, DEMO_CLAIM as demoClaim, eventually, startTestHub, ubiquitiReports, useTestHub, type TestHub } from '@rma-hub/testing';

describe('inbound manufacturer webhooks (Standard Webhooks)', () => {
  let hub: TestHub;
  let rmaNumber: string;
  let claimId: string;
  let secret: string;

  beforeAll(async () => {
    hub = await startTestHub();
    const reseller = apiAs(hub.url, hub.keyOf('reseller-alpha'));
    claimId = (await reseller.post('/v1/claims', demoClaim)).body.id;
    rmaNumber = await eventually(async () => {
      const claim = (await reseller.get(`/v1/claims/${claimId}`)).body;
      expect(claim.status).toBe('authorized');
      return claim.lines[0].rmaNumber;
    });
    const [channel] = await hub.query<{ webhook_secrets: string[] }>("SELECT webhook_secrets FROM manufacturer_channels WHERE manufacturer_id = 'ubiquiti'");
    secret = channel!.webhook_secrets[0]!;
  });
  afterAll(async () => {
    await hub?.close();
  });

  const payload = (status: string) =>
    JSON.stringify({ type: 'rma.status_changed', timestamp: new Date().toISOString(), data: { rmaNumber, status } });

  async function deliver(options: { id: string; body: string; signedBody?: string; secret?: string; at?: Date }) {
    const at = options.at ?? new Date();
    const signature = new Webhook(options.secret ?? secret).sign(options.id, at, options.signedBody ?? options.body);
    const response = await fetch(`${hub.url}/v1/webhooks/ubiquiti`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': options.id,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body: options.body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** A one-unit Ubiquiti claim of its own, once the portal has authorized it. */
  async function authorizedClaim(reference: string): Promise<{ id: string; rma: string }> {
    const reseller = apiAs(hub.url, hub.keyOf('reseller-alpha'));
    const id: string = (await reseller.post('/v1/claims', { ...demoClaim, reference, lines: [{ serial: `${reference}-1`, model: 'U6-Pro' }] })).body.id;
    const rma = await eventually(async () => {
      const claim = (await reseller.get(`/v1/claims/${id}`)).body;
      expect(claim.status).toBe('authorized');
      return claim.lines[0].rmaNumber as string;
    });
    return { id, rma };
  }

  const snapshot = () =>
    hub.query(
      `SELECT (SELECT status FROM claims WHERE id = $1) AS status,
              (SELECT count(*) FROM claim_events WHERE claim_id = $1) AS events,
              (SELECT count(*) FROM outbox_messages) AS outbox,
              (SELECT count(*) FROM processed_messages WHERE consumer = 'webhooks.ubiquiti') AS seen`,
      [claimId],
    );

  it('refuses a wrong secret, a tampered body, and timestamps outside ±5 minutes, changing nothing', async () => {
    const before = await snapshot();
    const wrongSecret = await deliver({ id: 'msg_wrong', body: payload('RECEIVED'), secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
    expect(wrongSecret).toMatchObject({ status: 401, body: { code: 'WEBHOOK.SIGNATURE_INVALID' } });

    const tampered = await deliver({ id: 'msg_tampered', body: payload('REJECTED'), signedBody: payload('RECEIVED') });
    expect(tampered).toMatchObject({ status: 401, body: { code: 'WEBHOOK.SIGNATURE_INVALID' } });

    const stale = await deliver({ id: 'msg_stale', body: payload('RECEIVED'), at: new Date(Date.now() - 6 * 60_000) });
    expect(stale).toMatchObject({ status: 401, body: { code: 'WEBHOOK.TIMESTAMP_STALE' } });

    const future = await deliver({ id: 'msg_future', body: payload('RECEIVED'), at: new Date(Date.now() + 6 * 60_000) });
    expect(future).toMatchObject({ status: 401, body: { code: 'WEBHOOK.TIMESTAMP_IN_FUTURE' } });

    expect(await snapshot()).toEqual(before);
  });

  it('refuses a body over the webhook limit with 413 before reading it whole, changing nothing', async () => {
    const before = await snapshot();
    const huge = JSON.stringify({ type: 'rma.status_changed', timestamp: new Date().toISOString(), data: { rmaNumber, status: 'RECEIVED', note: 'x'.repeat(200 * 1024) } });
    const answer = await deliver({ id: 'msg_huge', body: huge });
    expect(answer).toMatchObject({ status: 413, body: { code: 'REQUEST.TOO_LARGE' } });
    expect(await snapshot()).toEqual(before);
  });

  it("announces a claim's reports in the order they commit: a report waits for the claim's lock", async () => {
    const { id, rma } = await authorizedClaim('WH-LOCK');
    const reported = () => hub.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox_messages WHERE key = $1 AND topic = 'rma.portal.status-reported.v1'", [id]);
    const holder = new Client({ connectionString: hub.serviceEnv.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM claims WHERE id = $1 FOR UPDATE', [id]);
      let answered = false;
      const report = ubiquitiReports(hub, rma, { status: 'RECEIVED' }).finally(() => (answered = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      // While another transaction holds the claim, the report neither commits nor answers.
      expect(answered).toBe(false);
      expect((await reported())[0]!.n).toBe(0);
      await holder.query('COMMIT');
      expect((await report).body.webhook.status).toBe(200);
      expect((await reported())[0]!.n).toBe(1);
    } finally {
      await holder.end();
    }
  });

  it('applies a webhook id once: a replay is acknowledged as a duplicate and changes nothing', async () => {
    const first = await deliver({ id: 'msg_received_1', body: payload('RECEIVED') });
    expect(first).toEqual({ status: 200, body: { accepted: true, duplicate: false } });
    await eventually(async () => expect((await snapshot())[0]!.status).toBe('received'));
    await eventually(async () => expect((await hub.query('SELECT count(*)::int AS n FROM outbox_messages WHERE published_at IS NULL'))[0]!.n).toBe(0));
    const settled = await snapshot();

    const replay = await deliver({ id: 'msg_received_1', body: payload('RECEIVED') });
    expect(replay).toEqual({ status: 200, body: { accepted: false, duplicate: true } });
    const replayWithOtherBody = await deliver({ id: 'msg_received_1', body: payload('REJECTED') });
    expect(replayWithOtherBody.body.duplicate).toBe(true);
    expect(await snapshot()).toEqual(settled);
  });

  it('from the simulator: a duplicate delivery changes nothing, and a late out-of-order status never moves the claim back', async () => {
    const { id, rma } = await authorizedClaim('WH-ORDER');
    const reseller = apiAs(hub.url, hub.keyOf('reseller-alpha'));
    const twice = await ubiquitiReports(hub, rma, { status: 'RECEIVED', duplicate: true });
    expect(twice.body.webhook.status).toBe(200);
    expect(twice.body.duplicateWebhook?.status).toBe(200);
    await eventually(async () => expect((await reseller.get(`/v1/claims/${id}`)).body.status).toBe('received'));

    const stale = await fetch(`${hub.demo.simulatorUrl}/_sim/ubiquiti/rmas/${rma}/stale-webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'APPROVED' }),
    });
    expect(((await stale.json()) as { webhook: { status: number } }).webhook.status).toBe(200);
    await eventually(async () => expect((await hub.query('SELECT count(*)::int AS n FROM outbox_messages WHERE published_at IS NULL'))[0]!.n).toBe(0));
    await eventually(async () => {
      const [consumed] = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM processed_messages WHERE consumer = 'rma-hub.router'");
      const [reports] = await hub.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox_messages WHERE topic IN ('rma.claim.submitted.v1', 'rma.portal.rma-opened.v1', 'rma.portal.status-reported.v1', 'rma.portal.rma-refused.v1')");
      expect(consumed!.n).toBe(reports!.n);
    });
    const claim = (await reseller.get(`/v1/claims/${id}`)).body;
    expect(claim.status).toBe('received');
    expect(claim.lines[0].status).toBe('received');
    const moves = (await reseller.get(`/v1/claims/${id}/events`)).body.events.map((event: { to: string }) => event.to);
    expect(moves).toEqual(['submitted', 'forwarded', 'authorized', 'received']);
  });
});

describe('the webhook receiver under a guessing attack', () => {
  const testHub = useTestHub({ env: { AUTH_FAILURES_PER_MINUTE: '3' } });
  const forged = (id: string) =>
    fetch(`${testHub().url}/v1/webhooks/ubiquiti`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': 'v1,Zm9yZ2Vk' },
      body: JSON.stringify({ type: 'rma.status_changed', data: { rmaNumber: 'UI-GUESS', status: 'REJECTED' } }),
    });

  it('answers 429 with Retry-After once a client failed its signature too often this minute, before checking the next one', async () => {
    for (let attempt = 1; attempt <= 3; attempt++) expect((await forged(`msg_guess_${attempt}`)).status).toBe(401);
    const blocked = await forged('msg_guess_4');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.json()).toMatchObject({ code: 'AUTH.TOO_MANY_FAILURES' });
  });
});
