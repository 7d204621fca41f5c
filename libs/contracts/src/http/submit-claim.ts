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

/** Spaces and control characters, which a browser would drop or re-encode: what it opens would not be what was stored. */
const UNSAFE_IN_URL = /[\s\p{Cc}]/u;

/** A link to a file kept elsewhere: https only, and no credentials in it, as every party on the chain reads it. */
const AttachmentUrl = z
  .string()
  .max(2048)
  .superRefine((text, ctx) => {
    const refuse = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (UNSAFE_IN_URL.test(text)) return refuse('must not contain spaces or control characters; percent-encode them');
    const url = URL.parse(text);
    if (!url) return refuse('must be an absolute URL (https://…)');
    if (url.protocol !== 'https:') return refuse(`must be an https URL, not ${url.protocol.slice(0, -1)}`);
    if (url.username || url.password) refuse("must not carry credentials (user:password@); every party on the claim's chain sees this link");
  })
  .meta({ format: 'uri', description: 'An https link to the file; no user name or password in it.', example: 'https://files.example.com/rma/label.jpg' });

/** A media type as `type/subtype`, e.g. image/jpeg or application/pdf. */
const MediaType = z.string().max(100).regex(/^[A-Za-z]+\/[A-Za-z0-9][A-Za-z0-9.+-]*$/, { error: 'must be a media type such as image/jpeg or application/pdf' });

export const MAX_ATTACHMENTS = 10;

/** A photo or document of the claim as a reference (the hub stores no files). */
export const AttachmentInput = z.object({ url: AttachmentUrl, name: nonEmptyText(200).optional(), contentType: MediaType.optional() });

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
    attachments: z
      .array(AttachmentInput)
      .max(MAX_ATTACHMENTS, { error: `at most ${MAX_ATTACHMENTS} attachments per claim` })
      .default([])
      .meta({ description: 'Photos and documents of the claim as links; the hub stores no files. Shown to every party on the chain.' }),
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
