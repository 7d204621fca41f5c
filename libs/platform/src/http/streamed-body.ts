import type { FastifyInstance } from 'fastify';
import { problem } from './problem';

/** The route config of a route that reads its body as a stream (bulk files): `@RouteConfig(STREAMED_BODY)`. */
export const STREAMED_BODY = { streamedBody: true } as const;

const STREAMED_TYPES = ['application/x-ndjson', 'text/csv'];

/**
 * Hands NDJSON and CSV bodies to the routes that stream them, never buffered whole. Any other
 * route is refused with 415 before it runs: it reads JSON, and a stream in its place is no body
 * it can validate (hashing one for an Idempotency-Key threw, a 500).
 */
export function streamBulkBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(STREAMED_TYPES, (request, payload, done) => {
    if ((request.routeOptions.config as { streamedBody?: boolean } | undefined)?.streamedBody) done(null, payload);
    else done(problem(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send this request as application/json'), undefined);
  });
}
