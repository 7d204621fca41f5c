import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { UbiquitiCreateRma, UbiquitiStatus, type UbiquitiRma, type UbiquitiWebhook } from '@rma-hub/portals';
import { CreateDesk, type PortalStats } from './create-desk';
import type { FaultQueue } from './faults';
import type { WebhookSender } from './webhook-sender';

/** Plays Ubiquiti's RMA portal: one device per RMA, idempotent creation, signed status webhooks. */
export function registerUbiquitiPortal(app: FastifyInstance, webhooks: WebhookSender, faults: FaultQueue): PortalStats {
  const desk = new CreateDesk<UbiquitiRma>(faults);
  const rmas = new Map<string, UbiquitiRma>();

  app.post('/ubiquiti/api/v1/rmas', (request, reply) =>
    desk.serve(
      request,
      reply,
      () => {
        const body = UbiquitiCreateRma.safeParse(request.body);
        if (!body.success) {
          return { refusal: { error: 'VALIDATION_FAILED', fields: body.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })) } };
        }
        const now = new Date().toISOString();
        const rma: UbiquitiRma = {
          rmaNumber: `UI-RMA-${desk.nextNumber(100001)}`,
          status: 'APPROVED',
          serialNumber: body.data.device.serialNumber,
          createdAt: now,
          updatedAt: now,
        };
        rmas.set(rma.rmaNumber, rma);
        webhooks.opened(rma.rmaNumber);
        return { rma };
      },
      (rma) => ({ rma_no: rma.rmaNumber }),
    ),
  );

  app.get<{ Params: { rmaNumber: string } }>('/ubiquiti/api/v1/rmas/:rmaNumber', async (request, reply) => {
    const rma = rmas.get(request.params.rmaNumber);
    return rma ? rma : reply.status(404).send({ error: 'NOT_FOUND' });
  });

  // Simulator control: advance an RMA as Ubiquiti's warehouse would, and tell the hub by webhook.
  app.post<{ Params: { rmaNumber: string } }>('/_sim/ubiquiti/rmas/:rmaNumber/status', async (request, reply) => {
    const rma = rmas.get(request.params.rmaNumber);
    if (!rma) return reply.status(404).send({ error: 'NOT_FOUND' });
    const { status, replacementSerialNumber, duplicate } = z
      .object({ status: UbiquitiStatus, replacementSerialNumber: z.string().min(1).optional(), duplicate: z.boolean().default(false) })
      .parse(request.body);
    Object.assign(rma, { status, updatedAt: new Date().toISOString() });
    const hook: UbiquitiWebhook = {
      type: 'rma.status_changed',
      timestamp: rma.updatedAt,
      data: { rmaNumber: rma.rmaNumber, status, ...(replacementSerialNumber ? { replacementSerialNumber } : {}) },
    };
    const delivery = await webhooks.send(rma.rmaNumber, hook);
    // A duplicate delivery repeats the same webhook-id, as a sender retrying after a lost answer does.
    const repeated = duplicate ? await webhooks.send(rma.rmaNumber, hook, delivery.id) : undefined;
    return { rma, webhook: delivery, ...(repeated ? { duplicateWebhook: repeated } : {}) };
  });

  // Simulator control: a late webhook for a status the RMA already left (out of order), under a new id.
  app.post<{ Params: { rmaNumber: string } }>('/_sim/ubiquiti/rmas/:rmaNumber/stale-webhook', async (request, reply) => {
    const rma = rmas.get(request.params.rmaNumber);
    if (!rma) return reply.status(404).send({ error: 'NOT_FOUND' });
    const { status } = z.object({ status: UbiquitiStatus }).parse(request.body);
    const hook: UbiquitiWebhook = { type: 'rma.status_changed', timestamp: new Date().toISOString(), data: { rmaNumber: rma.rmaNumber, status } };
    return { rma, webhook: await webhooks.send(rma.rmaNumber, hook) };
  });

  return desk.stats;
}
