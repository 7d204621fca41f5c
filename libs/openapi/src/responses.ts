import { z } from 'zod';
import { Problem } from '@rma-hub/contracts';
import type { ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { PROBLEM_CODES, type ProblemCode } from './problem-codes';

/** The problem codes most operations share, by what the operation takes. */
export const AUTHENTICATED: readonly ProblemCode[] = ['AUTH.INVALID_API_KEY', 'AUTH.TOO_MANY_FAILURES', 'INTERNAL', 'SERVICE.UNAVAILABLE'];
export const JSON_BODY: readonly ProblemCode[] = ['REQUEST.INVALID', 'REQUEST.MALFORMED', 'REQUEST.TOO_LARGE', 'REQUEST.UNSUPPORTED_MEDIA_TYPE'];
export const IDEMPOTENT: readonly ProblemCode[] = ['IDEMPOTENCY.KEY_INVALID', 'IDEMPOTENCY.KEY_REUSED'];
/** What Fastify answers for a path parameter it cannot decode or that is too long, before the route runs. */
export const PATH_PARAMS: readonly ProblemCode[] = ['REQUEST.BAD_PATH', 'REQUEST.PATH_TOO_LONG'];

const IdempotencyKey = z
  .string()
  .min(1)
  .max(200)
  .optional()
  .meta({
    description:
      'Makes the call safe to repeat: a repeat with the same key and body answers the first outcome again (while the key lives, 24 hours by default); the same key with another body is refused.',
    param: { id: 'IdempotencyKey' },
  });

/** The header of every mutating call. */
export const idempotencyHeader = z.object({ 'Idempotency-Key': IdempotencyKey });

export function jsonResponse(description: string, schema: z.ZodType, headers?: z.ZodObject): ZodOpenApiResponseObject {
  return { description, content: { 'application/json': { schema } }, ...(headers ? { headers } : {}) };
}

/** Where an accepted bulk job can be followed. */
export const locationHeader = z.object({ Location: z.string().meta({ description: "The job's URL, /v1/bulk/{jobId}." }) });

/**
 * An operation's problem responses, one per status, each naming its codes and allowing no other:
 * the generic Problem with `code` narrowed to the codes this operation answers with that status.
 */
export function problemResponses(...groups: (readonly ProblemCode[])[]): ZodOpenApiResponsesObject {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of new Set(groups.flat())) {
    const { status } = PROBLEM_CODES[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[status] = {
      description: codes.map((code) => `\`${code}\`: ${PROBLEM_CODES[code].when}`).join('; '),
      content: {
        'application/problem+json': {
          schema: z.intersection(Problem, z.looseObject({ code: z.enum(codes) })),
        },
      },
    };
  }
  return responses;
}
