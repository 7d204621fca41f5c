import { z } from 'zod';
import { Address, IsoDate, ReturnReason } from '../vocabulary';

export const nonEmptyText = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

/** Product category (e.g. "monitor", "power_adapter"), for policies that treat categories differently. */
const Category = z.string().regex(/^[a-z0-9_]+$/, { error: 'must be lower_snake_case' });

export const ClaimLineInput = z.object({
  serial: nonEmptyText(100),
  model: nonEmptyText(200),
  macId: nonEmptyText(64).optional(),
  category: Category.optional(),
});

export const ContactInput = z.object({
  name: nonEmptyText(200).optional(),
  email: z.email({ error: 'must be an e-mail address' }).optional(),
  phone: nonEmptyText(50).optional(),
});

/** The facts a policy or portal may need, all optional at submission; `add-info` supplies them later. */
export const PolicyFactsInput = z.object({
  purchaseDate: IsoDate.optional(),
  /** When the end customer received the goods; dead-on-arrival windows count from here. */
  deliveredOn: IsoDate.optional(),
  proofOfPurchase: nonEmptyText(500).optional(),
  dealer: nonEmptyText(200).optional(),
  supportTicket: nonEmptyText(100).optional(),
  /** The customer's account id at the manufacturer's portal (innovaphone prints it on its invoices). */
  portalAccountId: nonEmptyText(100).optional(),
  /** Where a replacement unit goes. */
  shipTo: Address.optional(),
});

/** Per-line facts that may be added later, the line named by its serial. */
export const LineFactsInput = z.object({ serial: nonEmptyText(100), macId: nonEmptyText(64).optional(), category: Category.optional() });

/**
 * A reseller's claim as submitted. Only what makes a claim well-formed is required here;
 * what a policy needs (purchase date, proof of purchase, ticket, …) is checked later and
 * parks the claim in `needs_info` instead of refusing it.
 */
export const SubmitClaimRequest = z
  .object({
    reference: nonEmptyText(100).optional(),
    manufacturer: nonEmptyText(100),
    returnReason: ReturnReason,
    failureDescription: nonEmptyText(5000),
    ...PolicyFactsInput.shape,
    /** Ask for a replacement before the defective unit comes back; the policy decides (002 §8). */
    advanceReplacement: z.boolean().default(false),
    contact: ContactInput.default({}),
    lines: z.array(ClaimLineInput).min(1, { error: 'a claim needs at least one line' }).max(500),
  })
  .superRefine((claim, ctx) => {
    const seen = new Map<string, number>();
    claim.lines.forEach((line, index) => {
      const first = seen.get(line.serial);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', index, 'serial'],
          message: `serial ${line.serial} already appears on line ${first + 1}; one line per unit`,
        });
      } else {
        seen.set(line.serial, index);
      }
    });
  });
export type SubmitClaimRequest = z.infer<typeof SubmitClaimRequest>;
export type ClaimContact = SubmitClaimRequest['contact'];
