import { z } from 'zod';

export const PORTAL_RMA_REFUSED = 'rma.portal.rma-refused.v1';

/** The portal (or the adapter, before calling it) refused the RMA for good: what is missing or wrong. */
export const PortalRmaRefusedV1 = z.object({
  claimId: z.uuid(),
  manufacturerId: z.string(),
  reason: z.string(),
  /** Claim facts the portal needs and did not get, in policy-field names where they map (e.g. "supportTicket"). */
  missing: z.array(z.string()),
  refusedAt: z.iso.datetime(),
});
export type PortalRmaRefusedV1 = z.infer<typeof PortalRmaRefusedV1>;
