import { apiAs, DEMO_CLAIM, useTestHub } from '@rma-hub/testing';

/** Every JSON body is bounded the same way, whatever its route's schema says: bytes, items per array, depth. */
describe('limits on JSON bodies', () => {
  const testHub = useTestHub({ env: { HTTP_BODY_LIMIT_BYTES: String(64 * 1024), HTTP_MAX_ARRAY_ITEMS: '20', HTTP_MAX_JSON_DEPTH: '8' } });
  const reseller = () => apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
  const storedClaims = async () => Number((await testHub().query<{ n: string }>('SELECT count(*) AS n FROM claims'))[0]!.n);

  it('refuses an array past HTTP_MAX_ARRAY_ITEMS with 413 naming the array, and stores nothing', async () => {
    const before = await storedClaims();
    const lines = Array.from({ length: 21 }, (_, index) => ({ serial: `LIMIT-${index}`, model: 'U6-Pro' }));
    const refused = await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: 'LIMIT-ITEMS', lines });
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ code: 'REQUEST.TOO_LARGE', errors: [{ pointer: '/lines', detail: '21 items, more than 20 (HTTP_MAX_ARRAY_ITEMS)' }] });
    expect(await storedClaims()).toBe(before);

    const accepted = await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: 'LIMIT-ITEMS', lines: lines.slice(0, 20) });
    expect(accepted.status).toBe(201);
  });

  it('refuses a body nested past HTTP_MAX_JSON_DEPTH, naming where', async () => {
    let nested: unknown = 'x';
    for (let level = 0; level < 10; level++) nested = { deeper: nested };
    const refused = await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: 'LIMIT-DEPTH', contact: nested });
    expect(refused.status).toBe(413);
    expect(refused.body.errors[0]).toEqual({ pointer: '/contact/deeper/deeper/deeper/deeper/deeper/deeper/deeper', detail: 'nested deeper than 8 levels (HTTP_MAX_JSON_DEPTH)' });
  });

  it('refuses a body over HTTP_BODY_LIMIT_BYTES before reading it whole', async () => {
    const refused = await reseller().post('/v1/claims', { ...DEMO_CLAIM, reference: 'LIMIT-BYTES', description: 'x'.repeat(65 * 1024) });
    expect(refused.status).toBe(413);
    expect(refused.body.code).toBe('REQUEST.TOO_LARGE');
  });
});
