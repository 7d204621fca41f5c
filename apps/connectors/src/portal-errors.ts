import { AxiosError } from 'axios';
import { ZodError } from 'zod';

/** Worth trying again: the portal was down, slow, or answered garbage. */
export class TransientPortalError extends Error {
  constructor(
    message: string,
    /** How long the portal asked us to wait (429/503 Retry-After), if it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/**
 * The portal asks us to slow down (429). Not a failure: it is not retried on the spot nor counted by
 * the circuit breaker; the whole portal is paused for the time it asked and the request waits.
 */
export class PortalThrottled extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
  }

  /** When the portal may be called again: after its Retry-After, or a second if it gave none. */
  resumeAt(): Date {
    return new Date(Date.now() + (this.retryAfterMs ?? 1_000));
  }
}

/** The portal (or the adapter, before calling) refuses the request as it stands; retrying changes nothing. */
export class PortalRefusal extends Error {
  constructor(
    message: string,
    readonly missing: string[] = [],
  ) {
    super(message);
  }
}

function retryAfterMs(header: unknown): number | undefined {
  if (typeof header !== 'string') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** Classifies what an HTTP call to a portal threw. */
export function classifyPortalError(error: unknown, portal: string): Error {
  if (error instanceof TransientPortalError || error instanceof PortalRefusal || error instanceof PortalThrottled) return error;
  if (error instanceof ZodError) return new TransientPortalError(`${portal} answered a malformed body: ${error.issues[0]?.message ?? 'invalid'}`);
  if (error instanceof AxiosError) {
    const status = error.response?.status;
    if (status === undefined) return new TransientPortalError(`${portal} did not answer: ${error.code ?? error.message}`);
    if (status === 429) return new PortalThrottled(`${portal} answered 429 (too many requests)`, retryAfterMs(error.response?.headers['retry-after']));
    if (status >= 500) {
      return new TransientPortalError(`${portal} answered ${status}`, retryAfterMs(error.response?.headers['retry-after']));
    }
    return new PortalRefusal(`${portal} refused the RMA (${status}): ${JSON.stringify(error.response?.data).slice(0, 500)}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
