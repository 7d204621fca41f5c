import { z } from 'zod';

export const PORTAL_RMA_REQUESTED = 'rma.portal.rma-requested.v1';

/** The router asks the manufacturer's connector to open an RMA; self-contained so the connector needs no claim lookup. */
export const PortalRmaRequestedV1 = z.object({
  claimId: z.uuid(),
  manufacturerId: z.string(),
  returnReason: z.string(),
  failureDescription: z.string(),
  purchaseDate: z.string().nullable(),
  supportTicket: z.string().nullable(),
  portalAccountId: z.string().nullable().optional(),
  shipTo: z.object({ name: z.string(), street: z.string(), postalCode: z.string(), city: z.string(), country: z.string() }).nullable().optional(),
  contact: z.object({
    name: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
  }),
  lines: z
    .array(
      z.object({
        lineId: z.uuid(),
        serial: z.string(),
        model: z.string(),
        macId: z.string().nullable(),
      }),
    )
    .min(1),
});
export type PortalRmaRequestedV1 = z.infer<typeof PortalRmaRequestedV1>;
