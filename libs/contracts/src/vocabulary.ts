import { z } from 'zod';

/** Canonical claim statuses, exactly as the API names them (SPEC §2). */
export const CLAIM_STATUSES = [
  'submitted',
  'needs_info',
  'in_review',
  'forwarded',
  'authorized',
  'rejected',
  'in_transit',
  'received',
  'quote_pending',
  'repairing',
  'resolved',
  'shipped_back',
  'closed',
  'cancelled',
  'expired',
  'scrapped',
] as const;
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

export const RESOLUTIONS = [
  'repaired',
  'replaced',
  'refurbished_replacement',
  'credited',
  'returned_unrepaired',
  'no_fault_found',
] as const;
export const Resolution = z.enum(RESOLUTIONS);
export type Resolution = z.infer<typeof Resolution>;

/** Return reasons from the distributor's RMA page (seed 003). */
export const ReturnReason = z.enum(['defective', 'doa', 'order_error', 'delivery_error']);
export type ReturnReason = z.infer<typeof ReturnReason>;

export const PartyRole = z.enum(['reseller', 'distributor', 'manufacturer', 'operator']);
export type PartyRole = z.infer<typeof PartyRole>;

/** Who caused a transition: a party of the chain, the hub's own decisions, or a timer. */
export const ActorRole = z.enum(['reseller', 'distributor', 'manufacturer', 'operator', 'hub', 'timer']);
export type ActorRole = z.infer<typeof ActorRole>;

/**
 * `role` is the capacity the move was made in, `partyId` the party of that capacity; `actedBy` names
 * the party that took a move on another's behalf (a distributor recording its manufacturer's move).
 */
export const Actor = z.object({ role: ActorRole, partyId: z.string().nullable(), actedBy: z.string().optional() });
export type Actor = z.infer<typeof Actor>;

/** A postal address, for replacements sent to the customer. */
export const Address = z.object({
  name: z.string().trim().min(1).max(200),
  street: z.string().trim().min(1).max(300),
  postalCode: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(100),
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166 alpha-2 country code' }),
});
export type Address = z.infer<typeof Address>;

/** A calendar date without time, as the API exchanges it. */
export const IsoDate = z.iso.date({ error: 'must be a date in the form YYYY-MM-DD' });
