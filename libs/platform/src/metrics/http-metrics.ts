import type { FastifyInstance } from 'fastify';
import type { HubMetrics } from './hub-metrics';

/** A route label from a bounded set: the route's template (`/v1/claims/:id`), or `unmatched` for a path no route serves. */
export const routeLabelOf = (template: string | undefined) => template ?? 'unmatched';

/** Counts and times every answered request by route template, method and status. */
export function measureRequests(app: FastifyInstance, metrics: HubMetrics): void {
  app.addHook('onResponse', (request, reply, done) => {
    const route = routeLabelOf(request.routeOptions.url);
    metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });
}
