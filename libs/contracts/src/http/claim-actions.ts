import { z } from 'zod';
import { Address, ClaimStatus, IsoDate } from '../vocabulary';

const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

const AddInfo = z
  .object({
    purchaseDate: IsoDate.optional(),
    deliveredOn: IsoDate.optional(),
    proofOfPurchase: text(500).optional(),
    dealer: text(200).optional(),
    supportTicket: text(100).optional(),
    portalAccountId: text(100).optional(),
    shipTo: Address.optional(),
    contact: z.object({ name: text(200).optional(), email: z.email({ error: 'must be an e-mail address' }).optional(), phone: text(50).optional() }).optional(),
    lines: z.array(z.object({ serial: text(100), macId: text(64).optional(), category: z.string().regex(/^[a-z0-9_]+$/).optional() })).optional(),
  })
  .refine((info) => Object.values(info).some((value) => value !== undefined), { error: 'add at least one piece of information' });

/** The body each claim action takes; a party sends only what its action needs. */
export const CLAIM_ACTION_BODIES = {
  cancel: z.object({ reason: text(1000).optional() }),
  'add-info': AddInfo,
  ship: z.object({ carrier: text(100), trackingNumber: text(100) }),
  'approve-quote': z.object({ note: text(1000).optional() }),
  'reject-quote': z.object({ reason: text(1000).optional() }),
  forward: z.object({ note: text(1000).optional() }),
} as const;
export type ClaimActionBody<A extends keyof typeof CLAIM_ACTION_BODIES> = z.infer<(typeof CLAIM_ACTION_BODIES)[A]>;

/** Query of `GET /v1/claims`. */
export const ListClaimsQuery = z.object({
  status: ClaimStatus.optional(),
  reference: text(100).optional(),
  updatedSince: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListClaimsQuery = z.infer<typeof ListClaimsQuery>;
