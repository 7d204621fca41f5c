import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { context } from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logger';
import { requestContext } from '../tracing/http-server-spans';

export const REQUEST_ID_HEADER = 'x-request-id';
const SANE_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/** A request's id (Fastify's genReqId): the caller's `x-request-id` when it is a sane one, else a fresh UUID. */
export function requestIdOf(request: Pick<IncomingMessage, 'headers'>): string {
  const sent = request.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && SANE_REQUEST_ID.test(sent) ? sent : randomUUID();
}

/**
 * Echoes each request's id in `x-request-id` and logs one line per request when it is answered:
 * method, route template, status, duration and request id, in the request's trace (trace_id).
 * Headers are not logged, so no credential is.
 */
export function logRequests(app: FastifyInstance, logger: Logger): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const line = { requestId: request.id, method: request.method, route: request.routeOptions.url ?? null, status: reply.statusCode, durationMs: Math.round(reply.elapsedTime) };
    context.with(requestContext(request), () => logger.info(line, 'request completed'));
    done();
  });
}
