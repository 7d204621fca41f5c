import { z } from 'zod';
import { nonEmptyText } from './submit-claim';

/** Claims to forward named one by one; beyond this many, forward by filter. */
export const BULK_FORWARD_MAX_IDS = 10_000;

const ClaimIds = z
  .array(z.uuid({ error: 'must be a claim id (a UUID)' }))
  .min(1)
  .max(BULK_FORWARD_MAX_IDS, { error: `at most ${BULK_FORWARD_MAX_IDS} claim ids; forward more by filter` })
  .superRefine((ids, ctx) => {
    const first = new Map<string, number>();
    ids.forEach((id, index) => {
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, index);
      else ctx.addIssue({ code: 'custom', path: [index], message: `already listed at /claims/${earlier}` });
    });
  });

/** Which of the distributor's claims under review to forward. */
const ForwardFilter = z
  .object({
    manufacturer: nonEmptyText(100).optional(),
    reseller: nonEmptyText(100).optional(),
    submittedBefore: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).optional(),
  })
  .strict();

/** Body of `POST /v1/bulk/forward`: claim ids, or a filter over the distributor's claims in review. */
export const BulkForwardRequest = z
  .object({ claims: ClaimIds.optional(), filter: ForwardFilter.optional() })
  .strict()
  .refine((body) => (body.claims === undefined) !== (body.filter === undefined), {
    error: 'send either {"claims": [claim ids]} or {"filter": {manufacturer?, reseller?, submittedBefore?}}',
  });
export type BulkForwardRequest = z.infer<typeof BulkForwardRequest>;
export type BulkForwardFilter = z.infer<typeof ForwardFilter>;
