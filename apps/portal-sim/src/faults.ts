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

interface Planned {
  fault: Fault;
  /** Calls left to affect; null until cleared. */
  remaining: number | null;
}

/** The faults queued for one portal, applied to its calls in order. */
export class FaultQueue {
  private planned: Planned[] = [];

  plan(plan: z.infer<typeof FaultPlan>): void {
    this.planned.push(...plan.faults.map(({ times, ...fault }) => ({ fault: fault as Fault, remaining: times })));
  }

  clear(): void {
    this.planned = [];
  }

  /** The fault for the next call, if any. */
  take(): Fault | undefined {
    const next = this.planned[0];
    if (!next) return undefined;
    if (next.remaining !== null && --next.remaining === 0) this.planned.shift();
    return next.fault;
  }
}
