import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const requestContexts = new WeakMap<FastifyRequest, Context>();

/** The context holding the request's SERVER span; the root context for a request that has none. */
export function requestContext(request: FastifyRequest): Context {
  return requestContexts.get(request) ?? ROOT_CONTEXT;
}

/**
 * A SERVER span per request, named after its route template (`POST /v1/claims/:id/actions`), child
 * of the caller's `traceparent` when it sent one, and active while the route's handler runs, so
 * what the handler writes carries the trace on. Activated in preHandler, after the body is parsed:
 * Fastify reads the body on the socket's own async context, which would lose it.
 */
export function traceRequests(app: FastifyInstance, tracerName: string): void {
  const tracer = trace.getTracer(tracerName);
  app.addHook('onRequest', (request, _reply, done) => {
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const route = request.routeOptions.url;
    const span = tracer.startSpan(
      route ? `${request.method} ${route}` : request.method,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'url.path': request.url.split('?')[0], ...(route ? { 'http.route': route } : {}), 'rma_hub.request_id': request.id },
      },
      parent,
    );
    requestContexts.set(request, trace.setSpan(parent, span));
    done();
  });
  app.addHook('preHandler', (request, _reply, done) => context.with(requestContext(request), done));
  app.addHook('onResponse', (request, reply, done) => {
    const span = trace.getSpan(requestContext(request));
    span?.setAttribute('http.response.status_code', reply.statusCode);
    if (reply.statusCode >= 500) span?.setStatus({ code: SpanStatusCode.ERROR });
    span?.end();
    done();
  });
}
