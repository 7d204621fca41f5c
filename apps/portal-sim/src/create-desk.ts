import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FaultQueue } from './faults';

export interface PortalStats {
  createCalls: number;
  rmasOpened: number;
  /** When each create call arrived (ms since epoch), and what the simulator did with it. */
  calls: { at: number; outcome: string }[];
}

/**
 * Where this simulator run's RMA numbers start: a hundred numbers per second since 2026, so a
 * simulator restarted beside a database that outlived it (the demo) never hands out a number twice.
 */
const RUN_SERIES = (Math.floor(Date.now() / 1000) - Date.UTC(2026, 0, 1) / 1000) * 100;

export type Opening<R> = { rma: R } | { refusal: { error: string; fields: { field: string; message: string }[] } };

/**
 * The part every simulated portal's "open an RMA" call shares: counting calls, playing queued
 * faults, requiring an Idempotency-Key and answering a repeated key with the RMA it opened.
 */
export class CreateDesk<R> {
  readonly stats: PortalStats = { createCalls: 0, rmasOpened: 0, calls: [] };
  private readonly byIdempotencyKey = new Map<string, R>();

  constructor(private readonly faults: FaultQueue) {}

  /** The number of the next RMA this portal opens, counting from `first` in this run's series. */
  nextNumber(first: number): number {
    return first + RUN_SERIES + this.stats.rmasOpened;
  }

  async serve(request: FastifyRequest, reply: FastifyReply, open: () => Opening<R>, malformed: (rma: R) => unknown): Promise<FastifyReply> {
    this.stats.createCalls += 1;
    const fault = this.faults.take();
    this.stats.calls.push({ at: Date.now(), outcome: fault?.kind ?? 'ok' });
    if (fault?.kind === 'error') return reply.status(fault.status).send({ error: 'UNAVAILABLE' });
    if (fault?.kind === 'refuse') return reply.status(422).send({ error: 'VALIDATION_FAILED', fields: [{ field: fault.field, message: 'not accepted by the portal' }] });
    if (fault?.kind === 'throttle') return reply.status(429).header('retry-after', String(fault.retryAfterSeconds)).send({ error: 'TOO_MANY_REQUESTS' });
    if (fault?.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    const answer = (status: number, rma: R) => reply.status(status).send(fault?.kind === 'malformed' ? malformed(rma) : rma);

    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length === 0) {
      return reply.status(400).send({ error: 'IDEMPOTENCY_KEY_REQUIRED', message: 'Idempotency-Key header is required' });
    }
    const existing = this.byIdempotencyKey.get(key);
    if (existing) return answer(200, existing);
    const opening = open();
    if ('refusal' in opening) return reply.status(422).send(opening.refusal);
    this.stats.rmasOpened += 1;
    this.byIdempotencyKey.set(key, opening.rma);
    return answer(201, opening.rma);
  }
}
