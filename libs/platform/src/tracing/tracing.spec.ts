import { Writable } from 'node:stream';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { currentTraceHeaders, inStoredTrace } from '@rma-hub/persistence';
import { createLogger } from '../logger';
import { registerTracing, startTracing, type Tracing } from './tracing';

describe('tracing', () => {
  it('is off without an OTLP endpoint: nothing registers, no trace context is written', () => {
    expect(startTracing({ otlpEndpoint: undefined, serviceName: undefined }, 'rma-hub-test')).toBeUndefined();
    trace.getTracer('test').startActiveSpan('work', (span) => {
      expect(currentTraceHeaders()).toEqual({});
      span.end();
    });
  });

  describe('when on', () => {
    const spans = new InMemorySpanExporter();
    let tracing: Tracing;
    beforeAll(() => {
      tracing = registerTracing({ serviceName: 'rma-hub-test', processor: new SimpleSpanProcessor(spans) });
    });
    afterAll(() => tracing.shutdown());
    beforeEach(() => spans.reset());

    it('writes the active span as a W3C traceparent, and nothing outside a span', () => {
      expect(currentTraceHeaders()).toEqual({});
      trace.getTracer('test').startActiveSpan('work', (span) => {
        const { traceId, spanId } = span.spanContext();
        expect(currentTraceHeaders()).toEqual({ traceparent: `00-${traceId}-${spanId}-01` });
        span.end();
      });
    });

    it('continues queued work in the trace its row stored, and records its failure', async () => {
      const stored = trace.getTracer('test').startActiveSpan('queue it', (span) => {
        span.end();
        return { headers: currentTraceHeaders(), context: span.spanContext() };
      });
      await inStoredTrace(stored.headers, 'rma-hub.worker', 'take it', { 'rma_hub.attempt': 1 }, async () => undefined);
      await expect(inStoredTrace(stored.headers, 'rma-hub.worker', 'take it again', {}, () => Promise.reject(new Error('portal down')))).rejects.toThrow('portal down');

      const [taken, failed] = spans.getFinishedSpans().filter((span) => span.instrumentationScope.name === 'rma-hub.worker');
      expect(taken).toMatchObject({ name: 'take it', attributes: { 'rma_hub.attempt': 1 }, parentSpanContext: { spanId: stored.context.spanId }, status: { code: 0 } });
      expect(taken!.spanContext().traceId).toBe(stored.context.traceId);
      expect(failed).toMatchObject({ status: { code: 2, message: 'portal down' }, events: [expect.objectContaining({ name: 'exception' })] });
    });

    it('puts the trace and span ids on every log line written inside a span', () => {
      const lines: Record<string, unknown>[] = [];
      const destination = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
      const logger = createLogger('info', 'test', destination);
      logger.info('outside');
      const ids = trace.getTracer('test').startActiveSpan('work', (span) => {
        logger.child({ claimId: 'c-1' }).info('inside');
        span.end();
        return span.spanContext();
      });
      expect(lines[0]).not.toHaveProperty('trace_id');
      expect(lines[1]).toMatchObject({ msg: 'inside', claimId: 'c-1', trace_id: ids.traceId, span_id: ids.spanId });
    });
  });
});
