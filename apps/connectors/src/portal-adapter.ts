import type { PortalRmaRequestedV1 } from '@rma-hub/contracts';
import type { PortalCall } from './resilience/portal-resilience';

export interface OpenedRma {
  lineId: string;
  rmaNumber: string;
  portalStatus: string;
}

export interface PortalEndpoint {
  baseUrl: string;
}

/**
 * One manufacturer portal, seen from the hub. `openRma` checks the portal's required data first
 * (throwing PortalRefusal), sends each HTTP exchange through `call` (timeouts, retries, breaker),
 * and must be safe to repeat: it sends an idempotency key per upstream RMA, so a retried call never
 * opens a second RMA.
 */
export interface PortalAdapter {
  readonly name: string;
  openRma(request: PortalRmaRequestedV1, endpoint: PortalEndpoint, call: PortalCall): Promise<OpenedRma[]>;
}

export const PORTAL_ADAPTERS = Symbol('PORTAL_ADAPTERS');
