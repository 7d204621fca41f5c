import type { LookupAddress } from 'node:dns';
import axios from 'axios';
import { assertDeliverableUrl, isPublicAddress, publicOnlyAgents, publicOnlyLookup, UnsafeUrlError, type ResolveHost } from './outbound-url';

/** A resolver that answers from a table and counts how often it was asked. */
function fakeResolver(table: Record<string, string[]>) {
  const calls: string[] = [];
  const resolve: ResolveHost = async (hostname) => {
    calls.push(hostname);
    return (table[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, calls };
}

function lookupOnce(resolve: ResolveHost, hostname: string, options: { all?: boolean; family?: number }) {
  return new Promise<{ error: Error | null; result: string | LookupAddress[] }>((done) =>
    publicOnlyLookup(resolve)(hostname, options, (error, result) => done({ error, result })),
  );
}

describe('subscriber URLs (SSRF)', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.9',
    '192.168.1.1',
    '169.254.169.254',
    '0.0.0.0',
    '::1',
    'fc00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '224.0.0.1',
    '100.64.0.1',
    // IPv4-compatible and IPv4-mapped IPv6 spellings of loopback and private ranges
    '::127.0.0.1',
    '::7f00:1',
    '::a00:1',
    '::ffff:7f00:1',
    '0:0:0:0:0:ffff:10.0.0.1',
    '0:0:0:0:0:0:192.168.1.1',
    '::ffff:a9fe:a9fe',
    '::',
  ])('treats %s as not public', (address) => expect(isPublicAddress(address)).toBe(false));

  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946', '::ffff:93.184.216.34'])('treats %s as public', (address) =>
    expect(isPublicAddress(address)).toBe(true),
  );

  it('refuses plain http, credentials, and private literal hosts; accepts a public literal host', async () => {
    const refusal = (url: string) => assertDeliverableUrl(url, { allowPrivate: false }).then(() => 'accepted', (error: UnsafeUrlError) => error.message);
    expect(await refusal('http://93.184.216.34/hook')).toBe('must use https');
    expect(await refusal('https://user:pw@93.184.216.34/hook')).toBe('must not carry credentials');
    expect(await refusal('https://127.0.0.1:8443/hook')).toMatch(/127\.0\.0\.1 is not a public address/);
    expect(await refusal('https://[::1]/hook')).toMatch(/not a public address/);
    // The URL parser rewrites [::127.0.0.1] as [::7f00:1].
    expect(await refusal('https://[::127.0.0.1]/hook')).toMatch(/not a public address/);
    expect(await refusal('https://[::ffff:10.0.0.1]/hook')).toMatch(/not a public address/);
    expect(await refusal('https://93.184.216.34/hook')).toBe('accepted');
    expect(await refusal('not a url')).toBe('not an absolute URL');
  });

  it('admits private http targets only when allowed', async () => {
    await expect(assertDeliverableUrl('http://127.0.0.1:9999/hook', { allowPrivate: true })).resolves.toBeInstanceOf(URL);
  });
});

describe('the connection lookup (DNS rebinding)', () => {
  it('resolves once and hands the socket only the addresses it checked', async () => {
    const { resolve, calls } = fakeResolver({ 'hooks.example.com': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'] });
    expect(await lookupOnce(resolve, 'hooks.example.com', { all: true })).toEqual({
      error: null,
      result: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
      ],
    });
    expect(await lookupOnce(resolve, 'hooks.example.com', { family: 6 })).toEqual({ error: null, result: '2606:2800:220:1:248:1893:25c8:1946' });
    expect(calls).toEqual(['hooks.example.com', 'hooks.example.com']);
  });

  it('refuses the whole host when any address is not public, and a host that does not resolve', async () => {
    const { resolve } = fakeResolver({ 'rebound.example.com': ['93.184.216.34', '::ffff:7f00:1'] });
    const rebound = await lookupOnce(resolve, 'rebound.example.com', { all: true });
    expect(rebound.error).toBeInstanceOf(UnsafeUrlError);
    expect(rebound.error?.message).toMatch(/::ffff:7f00:1, which is not a public address/);
    expect((await lookupOnce(resolve, 'nowhere.example.com', { all: true })).error?.message).toBe('nowhere.example.com does not resolve');
  });

  it('is the lookup the HTTP client connects through', async () => {
    const { resolve, calls } = fakeResolver({ 'rebound.example.com': ['127.0.0.1'] });
    const refusal = await axios.post('http://rebound.example.com:9/hook', '{}', { ...publicOnlyAgents(resolve), proxy: false }).catch((error: Error) => error.message);
    expect(refusal).toMatch(/127\.0\.0\.1, which is not a public address/);
    expect(calls).toEqual(['rebound.example.com']);
  });
});
