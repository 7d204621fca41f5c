import { randomBytes } from 'node:crypto';

/** What every key the hub generates starts with, so a leaked one is recognised (and secret scanners can match it). */
export const API_KEY_PREFIX = 'rmahub_';

/** The shape of a generated key: the prefix and 43 base64url characters. */
export const API_KEY_SHAPE = /^rmahub_[A-Za-z0-9_-]{43}$/;

/** A fresh API key: 256 random bits, base64url, behind the hub's prefix. */
export function generateApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}
