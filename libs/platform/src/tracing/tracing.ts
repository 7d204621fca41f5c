import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { HubConfig } from '../config';

export interface Tracing {
  /** Flushes the spans still held and unregisters the provider, so the process can register another. */
  shutdown(): Promise<void>;
}

/**
 * Registers the process's tracer provider: spans go to `processor`, the active span follows the
 * code through AsyncLocalStorage, and W3C Trace Context (`traceparent`) is what crosses process
 * boundaries — HTTP headers, outbox rows and Kafka headers. Before this runs, every tracing call
 * in the hub is OpenTelemetry's no-op.
 */
export function registerTracing(options: { serviceName: string; processor: SpanProcessor }): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [options.processor],
  });
  provider.register({ contextManager: new AsyncLocalStorageContextManager(), propagator: new W3CTraceContextPropagator() });
  return {
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/** Turns tracing on when the config names an OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT); off otherwise. */
export function startTracing(config: HubConfig['tracing'], serviceName: string): Tracing | undefined {
  if (!config.otlpEndpoint) return undefined;
  // The endpoint variable names the collector's base URL; traces have their own path under it.
  const url = new URL('v1/traces', config.otlpEndpoint.endsWith('/') ? config.otlpEndpoint : `${config.otlpEndpoint}/`).toString();
  return registerTracing({ serviceName: config.serviceName ?? serviceName, processor: new BatchSpanProcessor(new OTLPTraceExporter({ url })) });
}
