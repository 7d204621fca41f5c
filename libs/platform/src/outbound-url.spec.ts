import { assertDeliverableUrl, isPublicAddress, UnsafeUrlError } from './outbound-url';

describe('subscriber URLs (SSRF)', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.9', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', 'fc00::1', 'fe80::1', '::ffff:127.0.0.1', '224.0.0.1', '100.64.0.1'])(
    'treats %s as not public',
    (address) => expect(isPublicAddress(address)).toBe(false),
  );

  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'])('treats %s as public', (address) => expect(isPublicAddress(address)).toBe(true));

  it('refuses plain http, credentials, and private literal hosts; accepts a public literal host', async () => {
    const refusal = (url: string) => assertDeliverableUrl(url, { allowPrivate: false }).then(() => 'accepted', (error: UnsafeUrlError) => error.message);
    expect(await refusal('http://93.184.216.34/hook')).toBe('must use https');
    expect(await refusal('https://user:pw@93.184.216.34/hook')).toBe('must not carry credentials');
    expect(await refusal('https://127.0.0.1:8443/hook')).toMatch(/127\.0\.0\.1, which is not a public address/);
    expect(await refusal('https://[::1]/hook')).toMatch(/not a public address/);
    expect(await refusal('https://93.184.216.34/hook')).toBe('accepted');
    expect(await refusal('not a url')).toBe('not an absolute URL');
  });

  it('admits private http targets only when allowed', async () => {
    await expect(assertDeliverableUrl('http://127.0.0.1:9999/hook', { allowPrivate: true })).resolves.toBeInstanceOf(URL);
  });
});
