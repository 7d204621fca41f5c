import { z } from 'zod';
import { PolicyRef, WarrantyVerdictView } from '../policy';
import { Actor, Address, ClaimStatus, IsoDate, PartyRole, Resolution, ReturnReason } from '../vocabulary';
import { CLAIM_ACTION_BODIES } from './claim-actions';

/** What the API answers about claims: the views every party on a claim's chain reads. */

type ClaimActionName = keyof typeof CLAIM_ACTION_BODIES;
export const ClaimAction = z.enum(Object.keys(CLAIM_ACTION_BODIES) as [ClaimActionName, ...ClaimActionName[]]).meta({ id: 'ClaimAction' });

const Timestamp = z.iso.datetime();
const IsoDateOrNull = IsoDate.nullable();

export const ContactView = z.object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional() });
export type ContactView = z.infer<typeof ContactView>;

/** A link to a photo or document of the claim, as submitted; the hub keeps the link, never the file. */
export const AttachmentView = z.object({ url: z.string(), name: z.string().optional(), contentType: z.string().optional() }).meta({ id: 'Attachment' });
export type AttachmentView = z.infer<typeof AttachmentView>;

export const ShipmentView = z.object({ carrier: z.string(), trackingNumber: z.string(), shippedAt: Timestamp }).meta({ id: 'Shipment' });
export type ShipmentView = z.infer<typeof ShipmentView>;

export const QuoteView = z.object({ amount: z.number(), currency: z.string(), validUntil: Timestamp.nullable(), quotedAt: Timestamp }).meta({ id: 'Quote' });
export type QuoteView = z.infer<typeof QuoteView>;

export const ChargeView = z
  .object({
    kind: z.string().meta({ description: 'inspection, admin, restocking, …' }),
    amount: z.number(),
    currency: z.string(),
    reason: z.string(),
    rule: z.string().meta({ description: 'The policy rule that charged it.' }),
    policy: PolicyRef,
    chargedAt: Timestamp,
  })
  .meta({ id: 'Charge' });

export const ClaimLineView = z
  .object({
    lineNo: z.number().int(),
    serial: z.string(),
    model: z.string(),
    macId: z.string().nullable(),
    category: z.string().nullable(),
    status: ClaimStatus,
    rmaNumber: z.string().nullable().meta({ description: "The manufacturer's RMA number for this unit." }),
    outcome: Resolution.nullable(),
    replacementSerial: z.string().nullable(),
    warrantyEndsOn: IsoDateOrNull.meta({ description: 'Set once the unit comes back repaired or replaced: its warranty from then on.' }),
  })
  .meta({ id: 'ClaimLine' });
export type ClaimLineView = z.infer<typeof ClaimLineView>;

export const HopView = z.object({ role: PartyRole, party: z.string(), reference: z.string().nullable() }).meta({ id: 'Hop' });

/** The state of the claim's call to the manufacturer's portal. */
export const UpstreamView = z
  .object({
    state: z.enum(['pending', 'waiting', 'done', 'failed']),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    nextAttemptAt: Timestamp.nullable(),
  })
  .meta({ id: 'Upstream' });

export const ClaimView = z
  .object({
    id: z.uuid(),
    status: ClaimStatus,
    manufacturer: z.string(),
    returnReason: ReturnReason,
    failureDescription: z.string(),
    purchaseDate: IsoDateOrNull,
    proofOfPurchase: z.string().nullable(),
    dealer: z.string().nullable(),
    supportTicket: z.string().nullable(),
    deliveredOn: IsoDateOrNull,
    portalAccountId: z.string().nullable(),
    shipTo: Address.nullable(),
    contact: ContactView,
    attachments: z.array(AttachmentView),
    warranty: WarrantyVerdictView.nullable(),
    shipment: ShipmentView.nullable().meta({ description: "The reseller's shipment to the manufacturer." }),
    quote: QuoteView.nullable().meta({ description: "The manufacturer's repair quote, once there is one." }),
    returnShipment: ShipmentView.nullable().meta({ description: 'The goods on their way back to the reseller.' }),
    resolution: Resolution.nullable(),
    advanceReplacementRequested: z.boolean(),
    charges: z.array(ChargeView),
    references: z.object({ reseller: z.string().nullable(), distributor: z.string().nullable(), manufacturer: z.string().nullable() }).meta({
      description: "Each party's own number for the claim.",
    }),
    hops: z.array(HopView).meta({ description: 'The chain, reseller first.' }),
    lines: z.array(ClaimLineView),
    allowedActions: z.array(ClaimAction).meta({ description: 'The actions the caller may take on the claim now.' }),
    upstream: UpstreamView.nullable()
      .optional()
      .meta({ description: "Only on GET /v1/claims/{id}: the call to the manufacturer's portal, null before there is one." }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'ClaimView' });
export type ClaimView = z.infer<typeof ClaimView>;

export const ClaimPage = z
  .object({
    claims: z.array(ClaimView),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .meta({ id: 'ClaimPage' });
export type ClaimPage = z.infer<typeof ClaimPage>;

export const ClaimEventType = z.enum(['status_changed', 'policy_decision']);
export type ClaimEventType = z.infer<typeof ClaimEventType>;

export const ClaimEventView = z
  .object({
    seq: z.number().int(),
    type: ClaimEventType,
    from: ClaimStatus.nullable(),
    to: ClaimStatus.nullable(),
    actor: Actor,
    reason: z.string(),
    data: z.record(z.string(), z.unknown()).meta({ description: 'What decided it: the policy rule and version, the action, …' }),
    occurredAt: Timestamp,
  })
  .meta({ id: 'ClaimEvent' });
export type ClaimEventView = z.infer<typeof ClaimEventView>;

/** Query of `GET /v1/claims/{id}/events`: the timeline a page at a time, oldest first. */
export const ClaimTimelineQuery = z.object({
  after: z.coerce.number().int().min(0).default(0).meta({ description: 'Events after this `seq` (nextAfter of the previous page).' }),
  limit: z.coerce.number().int().min(1).max(1_000).default(200),
});
export type ClaimTimelineQuery = z.infer<typeof ClaimTimelineQuery>;

export const ClaimTimeline = z
  .object({
    claimId: z.uuid(),
    events: z.array(ClaimEventView),
    nextAfter: z.number().int().nullable().meta({ description: 'Pass as `after` for the next page; null on the last page.' }),
  })
  .meta({ id: 'ClaimTimeline' });
export type ClaimTimeline = z.infer<typeof ClaimTimeline>;

/** Query of `GET /v1/serials/{serial}/history`. */
export const SerialHistoryQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SerialHistoryQuery = z.infer<typeof SerialHistoryQuery>;

export const SerialHistory = z
  .object({
    serial: z.string(),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
    entries: z.array(
      z.object({
        claimId: z.uuid(),
        manufacturer: z.string(),
        claimStatus: ClaimStatus,
        openedAt: Timestamp,
        serial: z.string(),
        model: z.string(),
        rmaNumber: z.string().nullable(),
        outcome: Resolution.nullable(),
        replacementSerial: z.string().nullable(),
        warrantyEndsOn: IsoDateOrNull,
      }),
    ),
  })
  .meta({ id: 'SerialHistory' });
export type SerialHistory = z.infer<typeof SerialHistory>;
