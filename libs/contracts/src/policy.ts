import { z } from 'zod';

const days = z.number().int().min(0);
const Money = z.object({ amount: z.number().min(0), currency: z.string().length(3) });

/** Claim facts a policy may require before the manufacturer allocates a number (seed 002 §3). */
export const POLICY_FIELDS = [
  'dealer',
  'contact.phone',
  'contact.email',
  'purchaseDate',
  'proofOfPurchase',
  'failureDescription',
  'supportTicket',
  'portalAccountId',
  'shipTo',
  'lines.model',
  'lines.serial',
  'lines.macId',
] as const;
export const PolicyField = z.enum(POLICY_FIELDS);
export type PolicyField = z.infer<typeof PolicyField>;

/**
 * A manufacturer's return policy as data; every rule cites where it comes from in SPEC §2.
 * Versioned: an edit is a new version, and every decision records the version that made it.
 */
export const PolicyDocument = z.object({
  /** Fields that must be present before a number is allocated; otherwise the claim waits in needs_info. */
  requiredFields: z.array(PolicyField).default([]),
  /** A prior support case confirming the fault (Grandstream, 003; Charge Amps, 000). */
  supportTicket: z.object({ required: z.boolean(), doublesAsRmaNumber: z.boolean().default(false) }).default({ required: false, doublesAsRmaNumber: false }),
  /** Warranty length from the purchase date (004: 24 months); proof of purchase decides it (000). */
  warranty: z.object({ months: z.number().int().min(0), proofOfPurchaseRequired: z.boolean().default(true) }),
  /** Dead on arrival must be reported within N days of receipt (002 §6.3: 14). */
  doa: z.object({ reportWithinDays: days }).nullable().default(null),
  /** One RMA number per unit (serial), never one for several (004). */
  rmaPerSerial: z.boolean().default(false),
  /** Goods not received within N days of the RMA number's issue → expired (002 §10, 004: 30). */
  rmaValidityDays: days.default(30),
  /** Out of warranty, a repair quote is approved before work starts (002 §11); unanswered quotes time out. */
  quote: z.object({ requiredOutOfWarranty: z.boolean().default(true), timeoutDays: days.nullable().default(null) }).default({ requiredOutOfWarranty: true, timeoutDays: null }),
  fees: z
    .object({
      /** On a refused quote or no fault found (002 §9.3, §11). */
      inspection: Money.nullable().default(null),
      /** Goods arriving without an authorized number (002 §3). */
      admin: Money.nullable().default(null),
      /** Order errors end in a credit note less this fee (003). */
      restocking: Money.nullable().default(null),
    })
    .default({ inspection: null, admin: null, restocking: null }),
  /** Only listed product categories; the defective unit returns within N business days (002 §8: 15). */
  advanceReplacement: z.object({ categories: z.array(z.string().min(1)).min(1), returnWithinBusinessDays: days }).nullable().default(null),
  /** A repaired or replaced unit is covered for the longer of the remaining warranty and N days (002 §8, §9.1). */
  repairWarrantyMinimumDays: days.default(90),
  /** Uncollected goods or unapproved quotes are scrapped after N days (002 §10: 3 months). */
  scrapAfterDays: days.nullable().default(null),
  /** When the manufacturer works, for SLA figures (002 §4: 9:00–18:00 CET). */
  businessHours: z
    .object({
      timeZone: z.string().min(1),
      opens: z.string().regex(/^\d{2}:\d{2}$/),
      closes: z.string().regex(/^\d{2}:\d{2}$/),
    })
    .default({ timeZone: 'Europe/Paris', opens: '09:00', closes: '18:00' }),
});
export type PolicyDocument = z.infer<typeof PolicyDocument>;
export type PolicyDocumentInput = z.input<typeof PolicyDocument>;

/** Which policy decided: the manufacturer's document (its version) and a distributor's override of it, if any. */
export const PolicyRef = z.object({
  manufacturerId: z.string(),
  version: z.number().int(),
  distributorId: z.string().nullable(),
  overrideVersion: z.number().int().nullable(),
});
export type PolicyRef = z.infer<typeof PolicyRef>;

/** The hub's warranty verdict on a claim, as stored and shown. */
export const WarrantyVerdictView = z.object({
  status: z.enum(['in_warranty', 'out_of_warranty', 'undetermined']),
  endsOn: z.string().nullable(),
  reason: z.string(),
  rule: z.string(),
  policy: PolicyRef,
});
export type WarrantyVerdictView = z.infer<typeof WarrantyVerdictView>;
