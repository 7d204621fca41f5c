import { randomBytes } from 'node:crypto';
import type { TestHub } from '@rma-hub/testing';
import { OWNER, type Foreign } from './foreign';

export type Role = 'reseller' | 'distributor' | 'manufacturer';
export interface Expected {
  status: number;
  code?: string;
}

/** Who calls: each party that is not on the owner chain, and each credential that is no credential. */
export interface CallerCase {
  name: string;
  /** How it stands to the owner chain. */
  stands: string;
  role: Role | null;
  credential(hub: TestHub, f: Foreign): { key: string | null; authorization?: string };
}

const keyed = (name: string, role: Role, stands: string): CallerCase => ({ name, role, stands, credential: (hub) => ({ key: hub.keyOf(name) }) });
export const CALLERS: CallerCase[] = [
  keyed('reseller-alpha', 'reseller', 'another reseller, with another distributor'),
  keyed('reseller-bravo', 'reseller', 'another reseller'),
  keyed('distri-west', 'distributor', 'another distributor'),
  keyed('ad-notam', 'manufacturer', 'a manufacturer off the chain'),
  { name: 'no key', role: null, stands: 'no Authorization header', credential: () => ({ key: null }) },
  // The owner's own valid key, in the wrong scheme.
  { name: 'malformed key', role: null, stands: 'not a Bearer credential', credential: (hub) => ({ key: null, authorization: `Token ${hub.keyOf(OWNER)}` }) },
  { name: 'unknown key', role: null, stands: 'a well-formed key the hub never issued', credential: () => ({ key: `rmahub_${randomBytes(32).toString('base64url')}` }) },
  { name: 'revoked key', role: null, stands: "the owner's key, revoked", credential: (_hub, f) => ({ key: f.revokedKey.key }) },
];
export const KEYED_CALLERS = CALLERS.filter((caller) => caller.role !== null);

