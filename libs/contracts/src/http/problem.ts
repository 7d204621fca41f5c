import { z } from 'zod';
import { ClaimStatus } from '../vocabulary';

export const FieldError = z
  .object({
    pointer: z.string().meta({ description: 'JSON Pointer (RFC 6901) into the request body or query, e.g. "/lines/0/serial"; "" is the whole body.' }),
    detail: z.string(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/**
 * An RFC 9457 problem document, as every error is answered (`application/problem+json`); `code`
 * is the stable machine-readable reason. Extension members beyond those named here may appear.
 */
export const Problem = z
  .looseObject({
    type: z.string().meta({ description: 'A URI naming the problem type, derived from `code`.' }),
    title: z.string(),
    status: z.number().int(),
    code: z.string().meta({ description: 'Stable error code, e.g. CLAIM.ACTION_NOT_ALLOWED; each operation lists the codes it may answer.' }),
    detail: z.string().optional(),
    instance: z.string().optional().meta({ description: 'The request path that failed.' }),
    errors: z.array(FieldError).optional().meta({ description: 'For bad input: every field that failed, with the reason.' }),
    currentStatus: ClaimStatus.optional().meta({ description: 'A claim action refused at the wrong moment: where the claim stands.' }),
    allowedNext: z.array(ClaimStatus).optional().meta({ description: 'A claim action refused at the wrong moment: the statuses the caller may move it to from here.' }),
    retryAfterSeconds: z.number().int().optional().meta({ description: 'A refusal for going too fast: when to try again (also sent as `Retry-After`).' }),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
