import { z } from 'zod';
import { ClaimStatus, Resolution } from '../vocabulary';

export const PORTAL_STATUS_REPORTED = 'rma.portal.status-reported.v1';

/** A manufacturer reported progress on one of its RMAs (by webhook or polling), already mapped to a canonical status. */
export const PortalStatusReportedV1 = z.object({
  manufacturerId: z.string(),
  rmaNumber: z.string(),
  portalStatus: z.string(),
  status: ClaimStatus,
  /** With `resolved`: how the unit was resolved, and the serial of a replacement unit. */
  resolution: Resolution.optional(),
  replacementSerial: z.string().optional(),
  occurredAt: z.iso.datetime(),
  source: z.enum(['webhook', 'poll']),
});
export type PortalStatusReportedV1 = z.infer<typeof PortalStatusReportedV1>;
