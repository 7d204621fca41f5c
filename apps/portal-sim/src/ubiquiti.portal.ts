import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { UbiquitiCreateRma, UbiquitiStatus, type UbiquitiRma, type UbiquitiWebhook } from '@rma-hub/portals';
import type { WebhookSender } from './webhook-sender';

export interface PortalStats {
  createCalls: number;
  rmasOpened: number;
}

/** Plays Ubiquiti's RMA portal: one device per RMA, idempotent creation, signed status webhooks. */
export function registerUbiquitiPortal(app: FastifyInstance, webhooks: WebhookSender): PortalStats {
  const stats: PortalStats = { createCalls: 0, rmasOpened: 0 };
  const rmas = new Map<string, UbiquitiRma>();
  const byIdempotencyKey = new Map<string, string>();

  app.post('/ubiquiti/api/v1/rmas', async (request, reply) => {
    stats.createCalls += 1;
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length === 0) {
      return reply.status(400).send({ error: 'IDEMPOTENCY_KEY_REQUIRED', message: 'Idempotency-Key header is required' });
    }
    const existing = byIdempotencyKey.get(key);
    if (existing) return reply.status(200).send(rmas.get(existing));
    const body = UbiquitiCreateRma.safeParse(request.body);
    if (!body.success) {
      return reply.status(422).send({ error: 'VALIDATION_FAILED', fields: body.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) });
    }
    stats.rmasOpened += 1;
    const now = new Date().toISOString();
    const rma: UbiquitiRma = {
      rmaNumber: `UI-RMA-${String(100000 + stats.rmasOpened)}`,
      status: 'APPROVED',
      serialNumber: body.data.device.serialNumber,
      createdAt: now,
      updatedAt: now,
    };
    rmas.set(rma.rmaNumber, rma);
    byIdempotencyKey.set(key, rma.rmaNumber);
    return reply.status(201).send(rma);
  });

  app.get<{ Params: { rmaNumber: string } }>('/ubiquiti/api/v1/rmas/:rmaNumber', async (request, reply) => {
    const rma = rmas.get(request.params.rmaNumber);
    return rma ? rma : reply.status(404).send({ error: 'NOT_FOUND' });
  });

  // Simulator control: advance an RMA as Ubiquiti's warehouse would, and tell the hub by webhook.
  app.post<{ Params: { rmaNumber: string } }>('/_sim/ubiquiti/rmas/:rmaNumber/status', async (request, reply) => {
    const rma = rmas.get(request.params.rmaNumber);
    if (!rma) return reply.status(404).send({ error: 'NOT_FOUND' });
    const { status, replacementSerialNumber } = z.object({ status: UbiquitiStatus, replacementSerialNumber: z.string().min(1).optional() }).parse(request.body);
    Object.assign(rma, { status, updatedAt: new Date().toISOString() });
    const hook: UbiquitiWebhook = {
      type: 'rma.status_changed',
      timestamp: rma.updatedAt,
      data: { rmaNumber: rma.rmaNumber, status, ...(replacementSerialNumber ? { replacementSerialNumber } : {}) },
    };
    const delivery = await webhooks.send(hook);
    return { rma, webhook: delivery };
  });

  return stats;
}
