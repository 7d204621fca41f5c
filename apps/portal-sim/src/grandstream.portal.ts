import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { GrandstreamCreateRma, GrandstreamStatus, type GrandstreamRma } from '@rma-hub/portals';
import { CreateDesk, type PortalStats } from './create-desk';
import type { FaultQueue } from './faults';

/** Plays Grandstream's RMA portal: a validated helpdesk ticket first, several devices per RMA, no webhooks (polled). */
export function registerGrandstreamPortal(app: FastifyInstance, faults: FaultQueue): PortalStats {
  const desk = new CreateDesk<GrandstreamRma>(faults);
  const rmas = new Map<string, GrandstreamRma>();

  app.post('/grandstream/api/rma', (request, reply) =>
    desk.serve(
      request,
      reply,
      () => {
        const body = GrandstreamCreateRma.safeParse(request.body);
        if (!body.success) {
          const ticketRefused = body.error.issues.some((issue) => issue.path[0] === 'helpdeskTicket');
          return {
            refusal: {
              error: ticketRefused ? 'TICKET_NOT_VALIDATED' : 'VALIDATION_FAILED',
              fields: body.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
            },
          };
        }
        const rma: GrandstreamRma = {
          rmaId: `GS-RMA-${desk.nextNumber(70001)}`,
          status: 'open',
          devices: body.data.devices.map((device) => ({ serialNumber: device.serialNumber })),
          updatedAt: new Date().toISOString(),
        };
        rmas.set(rma.rmaId, rma);
        return { rma };
      },
      (rma) => ({ id: rma.rmaId }),
    ),
  );

  app.get<{ Params: { rmaId: string } }>('/grandstream/api/rma/:rmaId', async (request, reply) => {
    const rma = rmas.get(request.params.rmaId);
    return rma ?? reply.status(404).send({ error: 'NOT_FOUND' });
  });

  // Simulator control: Grandstream's warehouse moves an RMA; nobody is told (the hub polls).
  app.post<{ Params: { rmaId: string } }>('/_sim/grandstream/rmas/:rmaId/status', async (request, reply) => {
    const rma = rmas.get(request.params.rmaId);
    if (!rma) return reply.status(404).send({ error: 'NOT_FOUND' });
    const { status, replacementSerialNumber } = z.object({ status: GrandstreamStatus, replacementSerialNumber: z.string().min(1).optional() }).parse(request.body);
    Object.assign(rma, { status, updatedAt: new Date().toISOString() });
    if (replacementSerialNumber) rma.devices.forEach((device) => (device.replacementSerialNumber = replacementSerialNumber));
    return { rma };
  });

  return desk.stats;
}

