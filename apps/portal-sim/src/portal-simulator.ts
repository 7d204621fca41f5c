import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { traceRequests } from '@rma-hub/platform';
import { FaultPlan, FaultQueue, RateLimit } from './faults';
import type { PortalStats } from './create-desk';
import { registerGrandstreamPortal } from './grandstream.portal';
import { registerInnovaphonePortal } from './innovaphone.portal';
import { SIMULATOR_TRACER } from './tracer';
import { registerUbiquitiPortal } from './ubiquiti.portal';
import { WebhookSender } from './webhook-sender';

export interface PortalSimulatorOptions {
  /** The hub's base URL; webhooks go to `${hubUrl}/v1/webhooks/{portal}`. Can be set later with `setHubUrl`. */
  hubUrl?: string;
  /** Standard Webhooks signing secret (whsec_…) per portal. */
  webhookSecrets: { ubiquiti: string; innovaphone: string };
}

export interface PortalSimulator {
  app: FastifyInstance;
  stats: { ubiquiti: PortalStats; grandstream: PortalStats; innovaphone: PortalStats };
  setHubUrl(url: string): void;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export function createPortalSimulator(options: PortalSimulatorOptions): PortalSimulator {
  const app = Fastify({ logger: false });
  // The portals honour an incoming traceparent and record their side of each call.
  traceRequests(app, SIMULATOR_TRACER);
  let hubUrl = options.hubUrl;
  const webhookUrl = (portal: string) => () => {
    if (!hubUrl) throw new Error('the portal simulator does not know the hub URL yet');
    return `${hubUrl}/v1/webhooks/${portal}`;
  };
  const faults = { ubiquiti: new FaultQueue(), grandstream: new FaultQueue(), innovaphone: new FaultQueue() };
  const stats = {
    ubiquiti: registerUbiquitiPortal(app, new WebhookSender(webhookUrl('ubiquiti'), options.webhookSecrets.ubiquiti), faults.ubiquiti),
    grandstream: registerGrandstreamPortal(app, faults.grandstream),
    innovaphone: registerInnovaphonePortal(app, new WebhookSender(webhookUrl('innovaphone'), options.webhookSecrets.innovaphone), faults.innovaphone),
  };
  app.get('/_sim/stats', async () => stats);
  /** A control of one portal's faults: the body checked against `schema`, then applied to the portal's queue. */
  const faultControl =
    <T>(schema: z.ZodType<T>, apply: (queue: FaultQueue, body: T) => void) =>
    async (request: FastifyRequest<{ Params: { portal: string } }>, reply: FastifyReply) => {
      const queue = faults[request.params.portal as keyof typeof faults];
      if (!queue) return reply.status(404).send({ error: 'NO_SUCH_PORTAL' });
      const body = schema.safeParse(request.body);
      if (!body.success) return reply.status(400).send({ error: 'INVALID_BODY', issues: body.error.issues });
      apply(queue, body.data);
      return reply.status(204).send();
    };
  // Switchable faults: POST {"faults": [{"kind": "error", "status": 503, "times": 3}]}; "times": null lasts until DELETE.
  app.post('/_sim/:portal/faults', faultControl(FaultPlan, (queue, plan) => queue.plan(plan)));
  // A standing rate limit: PUT {"requestsPerSecond": 2}; null (or DELETE …/faults) lifts it.
  app.put('/_sim/:portal/rate-limit', faultControl(RateLimit, (queue, limit) => queue.limitRate(limit)));
  app.delete<{ Params: { portal: string } }>('/_sim/:portal/faults', async (request, reply) => {
    faults[request.params.portal as keyof typeof faults]?.clear();
    return reply.status(204).send();
  });
  return {
    app,
    stats,
    setHubUrl: (url) => (hubUrl = url),
    listen: (port, host = '127.0.0.1') => app.listen({ port, host }),
    close: () => app.close(),
  };
}
