import { apiAs, useTestHub } from '@rma-hub/testing';

describe('API keys as a real credential', () => {
  const testHub = useTestHub();
  const as = (party: string) => apiAs(testHub().url, testHub().keyOf(party));
  const withKey = (key: string) => apiAs(testHub().url, key);

  it('an operator issues a key shown once (256 random bits, recognisable prefix), stored only as a hash, that works at once', async () => {
    const created = await as('hub-operator').post('/v1/admin/api-keys', { party: 'reseller-alpha', label: 'ERP integration' });
    expect(created.status).toBe(201);
    const { key, id, hint } = created.body;
    expect(key).toMatch(/^rmahub_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(hint)).toBe(true);
    expect(created.body).toMatchObject({ party: 'reseller-alpha', label: 'ERP integration', source: 'hub', revokedAt: null });
    expect((await withKey(key).get('/v1/claims')).status).toBe(200);

    const stored = await testHub().query<{ key_hash: string; hint: string }>('SELECT key_hash, hint FROM api_keys WHERE id = $1', [id]);
    expect(stored[0]!.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await testHub().query('SELECT * FROM api_keys'))).not.toContain(key);
    expect(JSON.stringify(await testHub().query('SELECT * FROM idempotency_records'))).not.toContain(key);

    const listed = await as('hub-operator').get('/v1/admin/api-keys?party=reseller-alpha');
    expect(listed.status).toBe(200);
    expect(listed.body.apiKeys.map((entry: { id: string }) => entry.id)).toContain(id);
    expect(JSON.stringify(listed.body)).not.toContain(key);

    const second = await as('hub-operator').post('/v1/admin/api-keys', { party: 'reseller-alpha', label: 'ERP integration' });
    expect(second.body.key).not.toBe(key);
  });

  it('revokes a key at once; revoking it again changes nothing', async () => {
    const { key, id } = (await as('hub-operator').post('/v1/admin/api-keys', { party: 'distri-west', label: 'to revoke' })).body;
    expect((await withKey(key).get('/v1/claims')).status).toBe(200);
    const revoked = await as('hub-operator').request('DELETE', `/v1/admin/api-keys/${id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const refused = await withKey(key).get('/v1/claims');
    expect(refused).toMatchObject({ status: 401, body: { code: 'AUTH.INVALID_API_KEY' } });
    const again = await as('hub-operator').request('DELETE', `/v1/admin/api-keys/${id}`);
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
    expect((await as('hub-operator').request('DELETE', '/v1/admin/api-keys/00000000-0000-4000-8000-000000000000')).body.code).toBe('API_KEY.NOT_FOUND');
  });

  it('refuses anyone but an operator, and a key for a party the network does not have, issuing nothing', async () => {
    const count = async () => (await testHub().query<{ n: number }>('SELECT count(*)::int AS n FROM api_keys'))[0]!.n;
    const before = await count();
    for (const party of ['reseller-alpha', 'distri-west', 'ad-notam']) {
      expect((await as(party).post('/v1/admin/api-keys', { party, label: 'mine' })).body.code).toBe('AUTH.OPERATOR_ONLY');
      expect((await as(party).get('/v1/admin/api-keys')).status).toBe(403);
    }
    const unknown = await as('hub-operator').post('/v1/admin/api-keys', { party: 'nobody', label: 'x' });
    expect(unknown).toMatchObject({ status: 422, body: { code: 'API_KEY.UNKNOWN_PARTY', errors: [{ pointer: '/party' }] } });
    const invalid = await as('hub-operator').post('/v1/admin/api-keys', { party: 'reseller-alpha' });
    expect(invalid).toMatchObject({ status: 400, body: { errors: [{ pointer: '/label' }] } });
    expect(await count()).toBe(before);
  });

  it('applying a network file revokes the keys it no longer lists, and leaves the keys the hub generated', async () => {
    const hub = testHub();
    const generated = (await as('hub-operator').post('/v1/admin/api-keys', { party: 'reseller-bravo', label: 'generated' })).body.key;
    const declared = hub.keyOf('reseller-bravo');
    expect((await withKey(declared).get('/v1/claims')).status).toBe(200);

    const withoutBravosKey = { ...hub.network, parties: hub.network.parties.map((party) => (party.id === 'reseller-bravo' ? { ...party, apiKeys: [] } : party)) };
    await hub.applyNetwork(withoutBravosKey);
    expect((await withKey(declared).get('/v1/claims')).status).toBe(401);
    expect((await withKey(generated).get('/v1/claims')).status).toBe(200);
    expect((await as('reseller-alpha').get('/v1/claims')).status).toBe(200);
  });
});

describe('failed authentication, rate-limited per client', () => {
  const testHub = useTestHub({ env: { AUTH_FAILURES_PER_MINUTE: '3' } });

  it('answers 429 with Retry-After once a client has failed too often this minute, before looking at its key', async () => {
    const guess = (key: string) => fetch(`${testHub().url}/v1/claims`, { headers: { authorization: `Bearer ${key}` } });
    for (let attempt = 1; attempt <= 3; attempt += 1) expect((await guess(`rmahub_guess_${attempt}`)).status).toBe(401);
    const limited = await guess('rmahub_guess_4');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: 'AUTH.TOO_MANY_FAILURES', retryAfterSeconds: expect.any(Number) });
    // Even a good key from this client waits out the minute: the limit is on the client, not the key.
    expect((await apiAs(testHub().url, testHub().keyOf('reseller-alpha')).get('/v1/claims')).status).toBe(429);
  });
});
