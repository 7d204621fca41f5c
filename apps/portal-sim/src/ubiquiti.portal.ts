import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { UbiquitiCreateRma, UbiquitiStatus, type UbiquitiRma, type UbiquitiWebhook } from '@rma-hub/portals';
import type { FaultQueue } from './faults';
import type { WebhookSender } from './webhook-sender';

export interface PortalStats {
  createCalls: number;
  rmasOpened: number;
  /** When each create call arrived (ms since epoch), and what the simulator did with it. */
  calls: { at: number; outcome: string }[];
}

/** Plays Ubiquiti's RMA portal: one device per RMA, idempotent creation, signed status webhooks. */
export function registerUbiquitiPortal(app: FastifyInstance, webhooks: WebhookSender, faults: FaultQueue): PortalStats {
  const stats: PortalStats = { createCalls: 0, rmasOpened: 0, calls: [] };
  const rmas = new Map<string, UbiquitiRma>();
  const byIdempotencyKey = new Map<string, string>();

  app.post('/ubiquiti/api/v1/rmas', async (request, reply) => {
    stats.createCalls += 1;
    const fault = faults.take();
    stats.calls.push({ at: Date.now(), outcome: fault?.kind ?? 'ok' });
    if (fault?.kind === 'error') return reply.status(fault.status).send({ error: 'UNAVAILABLE' });
    if (fault?.kind === 'refuse') return reply.status(422).send({ error: 'VALIDATION_FAILED', fields: [{ field: fault.field, message: 'not accepted by the portal' }] });
    if (fault?.kind === 'throttle') return reply.status(429).header('retry-after', String(fault.retryAfterSeconds)).send({ error: 'TOO_MANY_REQUESTS' });
    if (fault?.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    const answer = (status: number, rma: UbiquitiRma | undefined) =>
      fault?.kind === 'malformed' ? reply.status(status).send({ rma_no: rma?.rmaNumber }) : reply.status(status).send(rma);
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length === 0) {
      return reply.status(400).send({ error: 'IDEMPOTENCY_KEY_REQUIRED', message: 'Idempotency-Key header is required' });
    }
    const existing = byIdempotencyKey.get(key);
    if (existing) return answer(200, rmas.get(existing));
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
    return answer(201, rma);
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
