import { context, propagation, ROOT_CONTEXT, SpanStatusCode, trace, type Attributes, type Context, type SpanOptions } from '@opentelemetry/api';
import { z } from 'zod';

/** W3C Trace Context as headers (`traceparent`, `tracestate`): what a row carries so the work it queues joins its trace. */
export type TraceHeaders = Record<string, string>;

/** The active trace context as headers; empty while tracing is off (the OpenTelemetry API is a no-op then). */
export function currentTraceHeaders(): TraceHeaders {
  const carrier: TraceHeaders = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** Trace headers read back from a row; anything else reads as none, since a lost trace must never stop the work. */
export const StoredTraceHeaders = z.record(z.string(), z.string()).catch({});

/** Runs `work` in an active span of `tracerName`, child of `parent`; a failure is recorded on the span and thrown on. */
export function inSpan<T>(tracerName: string, name: string, options: SpanOptions, parent: Context, work: () => Promise<T>): Promise<T> {
  return trace.getTracer(tracerName).startActiveSpan(name, options, parent, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * Runs work taken from a PostgreSQL queue in a span that continues the trace its row stored when
 * it was queued (`currentTraceHeaders`), so it stays in the trace of what queued it.
 */
export function inStoredTrace<T>(stored: TraceHeaders, tracerName: string, name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  return inSpan(tracerName, name, { attributes }, propagation.extract(ROOT_CONTEXT, stored), work);
}
