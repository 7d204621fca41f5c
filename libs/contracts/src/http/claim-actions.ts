import { z } from 'zod';
import { PolicyField } from '../policy';
import { ClaimStatus, IsoDate, Resolution } from '../vocabulary';
import { ContactInput, LineFactsInput, nonEmptyText, PolicyFactsInput } from './submit-claim';

const AddInfo = PolicyFactsInput.extend({ contact: ContactInput.optional(), lines: z.array(LineFactsInput).max(1000).optional() })
  .refine((info) => Object.values(info).some((value) => value !== undefined), { error: 'add at least one piece of information' });

const Serial = nonEmptyText(100);
const RmaNumber = nonEmptyText(100);
const Shipment = z.object({ carrier: nonEmptyText(100), trackingNumber: nonEmptyText(100) });
const Note = z.object({ note: nonEmptyText(1000).optional() });
/** A day in the future the caller names, as a date (YYYY-MM-DD) or a date-time. */
const Deadline = z.union([IsoDate, z.iso.datetime({ offset: true })], { error: 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time' });

const distinct = <T>(pick: (item: T) => string, what: string) => (items: T[] | undefined, ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  (items ?? []).forEach((item, index) => {
    const key = pick(item);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: `${what} ${key} is listed twice` });
    seen.add(key);
  });
};

/** The manufacturer's RMA numbers: one for the whole claim, or one per serial (where the policy issues one per unit). */
const Authorize = z
  .object({
    rmaNumber: RmaNumber.optional(),
    lines: z
      .array(z.object({ serial: Serial, rmaNumber: RmaNumber }))
      .min(1)
      .max(1000)
      .superRefine(distinct((line) => line.serial, 'serial'))
      .optional(),
    validUntil: Deadline.optional(),
  })
  .refine((body) => !(body.rmaNumber && body.lines), { error: 'give either rmaNumber or lines[].rmaNumber, not both', path: ['rmaNumber'] });

const LineOutcome = z.object({ serial: Serial, outcome: Resolution, replacementSerial: Serial.optional() }).superRefine((line, ctx) => {
  const replaced = line.outcome === 'replaced' || line.outcome === 'refurbished_replacement';
  if (replaced && !line.replacementSerial) ctx.addIssue({ code: 'custom', path: ['replacementSerial'], message: `a ${line.outcome} unit needs the replacement's serial` });
  if (!replaced && line.replacementSerial) ctx.addIssue({ code: 'custom', path: ['replacementSerial'], message: `only a replaced unit has a replacement serial` });
});

/**
 * The body each claim action takes; a party sends only what its action needs. The names are the
 * public contract (SPEC §4): reseller moves, the distributor's forward, the manufacturer's moves.
 */
export const CLAIM_ACTION_BODIES = {
  cancel: z.object({ reason: nonEmptyText(1000).optional() }),
  'add-info': AddInfo,
  ship: Shipment,
  'approve-quote': Note,
  'reject-quote': z.object({ reason: nonEmptyText(1000).optional() }),
  forward: Note,
  authorize: Authorize,
  'request-info': z.object({ missing: z.array(PolicyField).min(1).max(PolicyField.options.length), message: nonEmptyText(2000).optional() }),
  reject: z.object({ reason: nonEmptyText(1000) }),
  receive: z.object({ lines: z.array(Serial).min(1).max(1000).superRefine(distinct((serial) => serial, 'serial')).optional() }),
  quote: z.object({ amount: z.number().positive().max(1_000_000), currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 currency code' }), validUntil: Deadline.optional() }),
  'start-repair': Note,
  resolve: z.object({
    resolution: Resolution,
    lines: z.array(LineOutcome).min(1).max(1000).superRefine(distinct((line) => line.serial, 'serial')).optional(),
  }),
  'ship-back': Shipment,
  close: Note,
} as const;
export type ClaimActionBodies = { [A in keyof typeof CLAIM_ACTION_BODIES]: z.infer<(typeof CLAIM_ACTION_BODIES)[A]> };
export type ClaimActionBody<A extends keyof typeof CLAIM_ACTION_BODIES> = ClaimActionBodies[A];

/** Query of `GET /v1/claims`; `waitingOn=me` keeps the claims waiting on the caller's next move. */
export const ListClaimsQuery = z.object({
  status: ClaimStatus.optional(),
  reference: nonEmptyText(100).optional(),
  updatedSince: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).optional(),
  waitingOn: z.literal('me', { error: 'the only value is "me"' }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListClaimsQuery = z.infer<typeof ListClaimsQuery>;
