import {
  BulkheadRejectedError,
  BrokenCircuitError,
  circuitBreaker,
  CircuitState,
  type CircuitBreakerPolicy,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleType,
  TaskCancelledError,
  retry,
  timeout,
  TimeoutStrategy,
  wrap,
  type IBackoff,
  type IBackoffFactory,
  type IPolicy,
  type IRetryBackoffContext,
  bulkhead,
} from 'cockatiel';
import { classifyPortalError, PortalRefusal, PortalThrottled, TransientPortalError } from '../portal-errors';

export interface ResilienceSettings {
  timeoutMs: number;
  retryAttempts: number;
  retryInitialDelayMs: number;
  retryMaxDelayMs: number;
  breakerThreshold: number;
  breakerHalfOpenMs: number;
  concurrency: number;
}

/** Exponential backoff with jitter, except that a portal's own Retry-After wins. */
class RetryAfterBackoff implements IBackoffFactory<IRetryBackoffContext<unknown>> {
  constructor(private readonly fallback: IBackoffFactory<IRetryBackoffContext<unknown>>) {}

  next(context: IRetryBackoffContext<unknown>): IBackoff<IRetryBackoffContext<unknown>> {
    const inner = this.fallback.next(context);
    const error = 'error' in context.result ? context.result.error : undefined;
    const asked = error instanceof TransientPortalError ? error.retryAfterMs : undefined;
    return { duration: asked ?? inner.duration, next: (nextContext) => new RetryAfterBackoff(inner).next(nextContext) };
  }
}

/** One portal's protection: `calls` wraps a whole call (with its retries), `attempt` each HTTP exchange. */
export interface PortalResilience {
  calls: IPolicy;
  attempt: IPolicy;
  /** The breaker inside `calls`, for its state. */
  breaker: CircuitBreakerPolicy;
}

/**
 * One portal's protection, outermost first: a concurrency limit, a circuit breaker that stops
 * calling a portal that keeps failing, retries with backoff for transient failures, and a timeout
 * on each attempt. Refusals (4xx) and throttling (429) pass straight through: retrying them on the
 * spot changes nothing.
 */
export function portalResilience(settings: ResilienceSettings): PortalResilience {
  const transient = handleType(TransientPortalError).orType(TaskCancelledError);
  const breaker = circuitBreaker(transient, { halfOpenAfter: settings.breakerHalfOpenMs, breaker: new ConsecutiveBreaker(settings.breakerThreshold) });
  return {
    breaker,
    calls: wrap(
      bulkhead(settings.concurrency, Number.MAX_SAFE_INTEGER),
      breaker,
      retry(transient, {
        maxAttempts: settings.retryAttempts,
        backoff: new RetryAfterBackoff(new ExponentialBackoff({ initialDelay: settings.retryInitialDelayMs, maxDelay: settings.retryMaxDelayMs })),
      }),
    ),
    attempt: timeout(settings.timeoutMs, TimeoutStrategy.Aggressive),
  };
}

/** One HTTP exchange with a portal; `signal` aborts it when the attempt times out. */
export type PortalAttempt<T> = (signal: AbortSignal) => Promise<T>;

/** Runs one exchange under a portal's protection, with whatever it throws classified. */
export type PortalCall = <T>(attempt: PortalAttempt<T>) => Promise<T>;

/** Waits, before each HTTP exchange, for the portal's rate limit to allow it (outside the attempt's timeout). */
export type AwaitCallSlot = (signal: AbortSignal) => Promise<void>;

export function protectedCall(resilience: PortalResilience, portal: string, awaitSlot?: AwaitCallSlot): PortalCall {
  return (attempt) =>
    resilience.calls.execute(async ({ signal }) => {
      await awaitSlot?.(signal);
      return resilience.attempt.execute(({ signal: attemptSignal }) => attempt(attemptSignal).catch((error: unknown) => Promise.reject(classifyPortalError(error, portal))), signal);
    });
}

export const CIRCUIT_STATES: Record<CircuitState, string> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Isolated]: 'isolated',
};

/** How a protected call ended, as a bounded metrics label. */
export function outcomeOf(error: unknown): string {
  if (error instanceof PortalRefusal) return 'refused';
  if (error instanceof PortalThrottled) return 'throttled';
  if (error instanceof BrokenCircuitError) return 'circuit_open';
  if (error instanceof BulkheadRejectedError) return 'overloaded';
  if (error instanceof TaskCancelledError) return 'timeout';
  return 'failed';
}

/** Why a protected call gave up, in words for the claim's timeline. */
export function describeFailure(error: unknown): string {
  if (error instanceof BrokenCircuitError) return 'the portal keeps failing, so calls are paused (circuit open)';
  if (error instanceof BulkheadRejectedError) return 'too many calls to this portal at once';
  if (error instanceof TaskCancelledError) return 'the portal did not answer in time';
  return error instanceof Error ? error.message : String(error);
}
