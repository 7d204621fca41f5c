import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export class UnsafeUrlError extends Error {}

/** Only ordinary public unicast addresses: no loopback, private, link-local, metadata, multicast or reserved ranges. */
export function isPublicAddress(address: string): boolean {
  return ipaddr.isValid(address) && ipaddr.process(address).range() === 'unicast';
}

/**
 * Checks that a subscriber URL may be called (SSRF): HTTPS, no credentials, and a host whose every
 * address is public, resolved now (and again at each delivery, against DNS rebinding).
 * `allowPrivate` admits plain HTTP and private targets, for tests and closed networks.
 */
export async function assertDeliverableUrl(raw: string, options: { allowPrivate: boolean }): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError('not an absolute URL');
  }
  if (url.protocol !== 'https:' && !(options.allowPrivate && url.protocol === 'http:')) throw new UnsafeUrlError('must use https');
  if (url.username || url.password) throw new UnsafeUrlError('must not carry credentials');
  if (options.allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((entry) => entry.address);
  if (addresses.length === 0) throw new UnsafeUrlError(`${host} does not resolve`);
  const blocked = addresses.find((address) => !isPublicAddress(address));
  if (blocked) throw new UnsafeUrlError(`${host} resolves to ${blocked}, which is not a public address`);
  return url;
}
