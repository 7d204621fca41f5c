import { z } from 'zod';
import { ClaimStatus } from '../vocabulary';
import { ContactInput, LineFactsInput, nonEmptyText, PolicyFactsInput } from './submit-claim';

const AddInfo = PolicyFactsInput.extend({ contact: ContactInput.optional(), lines: z.array(LineFactsInput).optional() })
  .refine((info) => Object.values(info).some((value) => value !== undefined), { error: 'add at least one piece of information' });

/** The body each claim action takes; a party sends only what its action needs. */
export const CLAIM_ACTION_BODIES = {
  cancel: z.object({ reason: nonEmptyText(1000).optional() }),
  'add-info': AddInfo,
  ship: z.object({ carrier: nonEmptyText(100), trackingNumber: nonEmptyText(100) }),
  'approve-quote': z.object({ note: nonEmptyText(1000).optional() }),
  'reject-quote': z.object({ reason: nonEmptyText(1000).optional() }),
  forward: z.object({ note: nonEmptyText(1000).optional() }),
} as const;
export type ClaimActionBody<A extends keyof typeof CLAIM_ACTION_BODIES> = z.infer<(typeof CLAIM_ACTION_BODIES)[A]>;

/** Query of `GET /v1/claims`. */
export const ListClaimsQuery = z.object({
  status: ClaimStatus.optional(),
  reference: nonEmptyText(100).optional(),
  updatedSince: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListClaimsQuery = z.infer<typeof ListClaimsQuery>;
