import { z } from 'zod';

/** A misbehaviour the simulator plays on a portal's next calls (see docs/portals/README.md). */
export const Fault = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('error'), status: z.number().int().min(500).max(599).default(503) }),
  z.object({ kind: z.literal('throttle'), retryAfterSeconds: z.number().int().min(0).default(1) }),
  /** Answers late but still does the work, as a slow portal does after the client gave up. */
  z.object({ kind: z.literal('latency'), ms: z.number().int().min(1) }),
  /** Does the work but answers a body that is not the contract. */
  z.object({ kind: z.literal('malformed') }),
  /** Refuses the request as the portal would refuse bad data: 422 naming a field. */
  z.object({ kind: z.literal('refuse'), field: z.string().default('ticketNumber') }),
]);
export type Fault = z.infer<typeof Fault>;

export const FaultPlan = z.object({
  faults: z.array(Fault.and(z.object({ times: z.number().int().min(1).nullable().default(1) }))).min(1),
});

/** A standing rate limit, as real portals have: more calls than this in any one second are answered 429. */
export const RateLimit = z.object({ requestsPerSecond: z.number().int().min(1).nullable() });

interface Planned {
  fault: Fault;
  /** Calls left to affect; null until cleared. */
  remaining: number | null;
}

const WINDOW_MS = 1_000;

/** The faults queued for one portal, applied to its calls in order, and its rate limit if one is set. */
export class FaultQueue {
  private planned: Planned[] = [];
  private requestsPerSecond: number | null = null;
  /** When the calls admitted in the last second arrived. */
  private admitted: number[] = [];

  limitRate(limit: z.infer<typeof RateLimit>): void {
    this.requestsPerSecond = limit.requestsPerSecond;
    this.admitted = [];
  }

  plan(plan: z.infer<typeof FaultPlan>): void {
    this.planned.push(...plan.faults.map(({ times, ...fault }) => ({ fault: fault as Fault, remaining: times })));
  }

  clear(): void {
    this.planned = [];
    this.limitRate({ requestsPerSecond: null });
  }

  /** The fault for the next call, if any: over the rate limit, a 429 saying when a call will be admitted again. */
  take(now = Date.now()): Fault | undefined {
    if (this.requestsPerSecond !== null) {
      this.admitted = this.admitted.filter((at) => at > now - WINDOW_MS);
      if (this.admitted.length >= this.requestsPerSecond) {
        return { kind: 'throttle', retryAfterSeconds: Math.ceil((this.admitted[0]! + WINDOW_MS - now) / 1000) };
      }
      this.admitted.push(now);
    }
    const next = this.planned[0];
    if (!next) return undefined;
    if (next.remaining !== null && --next.remaining === 0) this.planned.shift();
    return next.fault;
  }
}
