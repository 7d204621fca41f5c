import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export class UnsafeUrlError extends Error {}

/** Every address a host name resolves to. */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

const resolveWithSystem: ResolveHost = (hostname) => lookup(hostname, { all: true });
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

/**
 * Only ordinary public unicast addresses: no loopback, private, link-local, metadata, multicast or
 * reserved ranges, however spelled. IPv4-mapped (::ffff:a.b.c.d) and deprecated IPv4-compatible
 * (::a.b.c.d, which the URL parser rewrites as ::7f00:1) IPv6 forms are judged as the IPv4 address.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv6' && parsed.match(IPV4_COMPATIBLE)) {
    const bytes = (parsed as ipaddr.IPv6).toByteArray().slice(12);
    return bytes.some((byte) => byte !== 0) && isPublicAddress(bytes.join('.'));
  }
  return parsed.range() === 'unicast';
}

/** The host's addresses, resolved once; refused unless every one of them is public. */
async function publicAddressesOf(host: string, resolve: ResolveHost): Promise<LookupAddress[]> {
  const addresses = await resolve(host).catch(() => []);
  if (addresses.length === 0) throw new UnsafeUrlError(`${host} does not resolve`);
  const blocked = addresses.find(({ address }) => !isPublicAddress(address));
  if (blocked) throw new UnsafeUrlError(`${host} resolves to ${blocked.address}, which is not a public address`);
  return addresses;
}

/**
 * Checks what can be checked without DNS (SSRF): HTTPS, no credentials, and a literal-address host
 * that is public. `allowPrivate` admits plain HTTP and private targets, for tests and closed networks.
 */
export function parseDeliverableUrl(raw: string, options: { allowPrivate: boolean }): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError('not an absolute URL');
  }
  if (url.protocol !== 'https:' && !(options.allowPrivate && url.protocol === 'http:')) throw new UnsafeUrlError('must use https');
  if (url.username || url.password) throw new UnsafeUrlError('must not carry credentials');
  const host = hostOf(url);
  if (!options.allowPrivate && ipaddr.isValid(host) && !isPublicAddress(host)) throw new UnsafeUrlError(`${host} is not a public address`);
  return url;
}

/**
 * Checks that a subscriber URL may be called, resolving its host now (at registration). Deliveries
 * check again when they connect, through {@link publicOnlyAgents}.
 */
export async function assertDeliverableUrl(raw: string, options: { allowPrivate: boolean }, resolve: ResolveHost = resolveWithSystem): Promise<URL> {
  const url = parseDeliverableUrl(raw, options);
  const host = hostOf(url);
  if (!options.allowPrivate && !ipaddr.isValid(host)) await publicAddressesOf(host, resolve);
  return url;
}

/**
 * A socket `lookup` that resolves the host once, checks every address, and hands the socket only
 * the checked ones, so the connection goes where the check looked (no DNS rebinding in between).
 * Sockets skip `lookup` for literal addresses; {@link parseDeliverableUrl} checks those.
 */
export function publicOnlyLookup(resolve: ResolveHost = resolveWithSystem): LookupFunction {
  return (hostname, options, callback) => {
    publicAddressesOf(hostname, resolve).then(
      (addresses) => {
        const usable = options.family ? addresses.filter(({ family }) => family === options.family) : addresses;
        if (usable.length === 0) return callback(new UnsafeUrlError(`${hostname} has no IPv${options.family} address`), '');
        if (options.all) return callback(null, usable);
        callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: Error) => callback(error, ''),
    );
  };
}

/**
 * HTTP and HTTPS agents that connect only through {@link publicOnlyLookup}. The request keeps the
 * URL's host name, so the Host header and TLS SNI/certificate check are those of the name.
 */
export function publicOnlyAgents(resolve: ResolveHost = resolveWithSystem): { httpAgent: HttpAgent; httpsAgent: HttpsAgent } {
  const lookup = publicOnlyLookup(resolve);
  return { httpAgent: new HttpAgent({ lookup }), httpsAgent: new HttpsAgent({ lookup }) };
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}
