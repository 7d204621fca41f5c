import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { InnovaphoneCreateRma, InnovaphoneStatus, type InnovaphoneRma, type InnovaphoneWebhook } from '@rma-hub/portals';
import { CreateDesk, type PortalStats } from './create-desk';
import type { FaultQueue } from './faults';
import type { WebhookSender } from './webhook-sender';

/** Plays innovaphone's RMA portal: account id required, one device per RMA id, signed webhooks. */
export function registerInnovaphonePortal(app: FastifyInstance, webhooks: WebhookSender, faults: FaultQueue): PortalStats {
  const desk = new CreateDesk<InnovaphoneRma>(faults);
  const rmas = new Map<string, InnovaphoneRma>();

  app.post('/innovaphone/api/rmas', (request, reply) =>
    desk.serve(
      request,
      reply,
      () => {
        const body = InnovaphoneCreateRma.safeParse(request.body);
        if (!body.success) {
          return { refusal: { error: 'VALIDATION_FAILED', fields: body.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })) } };
        }
        const rma: InnovaphoneRma = {
          rmaId: `IP-${desk.nextNumber(500001)}`,
          status: 'registered',
          serialNumber: body.data.devices[0]!.serialNumber,
          updatedAt: new Date().toISOString(),
        };
        rmas.set(rma.rmaId, rma);
        webhooks.opened(rma.rmaId);
        return { rma };
      },
      (rma) => ({ id: rma.rmaId }),
    ),
  );

  app.post<{ Params: { rmaId: string } }>('/_sim/innovaphone/rmas/:rmaId/status', async (request, reply) => {
    const rma = rmas.get(request.params.rmaId);
    if (!rma) return reply.status(404).send({ error: 'NOT_FOUND' });
    const { status, replacementSerialNumber } = z.object({ status: InnovaphoneStatus, replacementSerialNumber: z.string().min(1).optional() }).parse(request.body);
    Object.assign(rma, { status, updatedAt: new Date().toISOString() });
    const hook: InnovaphoneWebhook = { event: 'rma.updated', at: rma.updatedAt, rmaId: rma.rmaId, status, ...(replacementSerialNumber ? { replacementSerial: replacementSerialNumber } : {}) };
    return { rma, webhook: await webhooks.send(rma.rmaId, hook) };
  });

  return desk.stats;
}
