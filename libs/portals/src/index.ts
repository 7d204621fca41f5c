import type { PortalContract } from './portal-contract';
import { grandstreamContract } from './grandstream.contract';
import { innovaphoneContract } from './innovaphone.contract';
import { ubiquitiContract } from './ubiquiti.contract';

export * from './grandstream.contract';
export * from './innovaphone.contract';
export * from './portal-contract';
export * from './ubiquiti.contract';

/** Every portal the hub can talk to, by adapter name. Adding a portal adds one entry. */
export const PORTAL_CONTRACTS: Readonly<Record<string, PortalContract>> = {
  [ubiquitiContract.adapter]: ubiquitiContract,
  [grandstreamContract.adapter]: grandstreamContract,
  [innovaphoneContract.adapter]: innovaphoneContract,
};
