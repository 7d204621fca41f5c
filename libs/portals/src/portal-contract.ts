import type { ClaimStatus, Resolution } from '@rma-hub/contracts';

/** A status update a portal reported, in the portal's own words. */
export interface PortalStatusUpdate {
  rmaNumber: string;
  portalStatus: string;
  occurredAt: string;
  replacementSerial?: string;
}

/**
 * What the hub knows about one manufacturer portal's HTTP contract, shared by the connector that
 * calls it, the webhook receiver that hears from it, and the simulator that plays it in tests.
 */
export interface PortalContract {
  adapter: string;
  /** Parses a webhook body (throws a zod error naming the bad field); absent for portals that send no webhooks and are polled. */
  parseWebhook?(body: unknown): PortalStatusUpdate;
  /** The canonical claim status a portal status means. */
  toCanonical(portalStatus: string): ClaimStatus | undefined;
  /** How a portal status that resolves the unit resolved it. */
  toResolution(portalStatus: string): Resolution | undefined;
}
