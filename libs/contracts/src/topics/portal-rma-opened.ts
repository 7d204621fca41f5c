import { z } from 'zod';

export const PORTAL_RMA_OPENED = 'rma.portal.rma-opened.v1';

/** The manufacturer's portal issued RMA numbers, one per line where the portal takes one device per RMA. */
export const PortalRmaOpenedV1 = z.object({
  claimId: z.uuid(),
  manufacturerId: z.string(),
  lines: z.array(z.object({ lineId: z.uuid(), rmaNumber: z.string(), portalStatus: z.string() })).min(1),
  openedAt: z.iso.datetime(),
});
export type PortalRmaOpenedV1 = z.infer<typeof PortalRmaOpenedV1>;
