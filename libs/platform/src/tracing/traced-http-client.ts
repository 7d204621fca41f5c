import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { AxiosError, AxiosHeaders, AxiosInstance, InternalAxiosRequestConfig } from 'axios';

/**
 * Records a CLIENT span of `tracerName` around each request `http` makes, child of the active
 * context, and sends the span's `traceparent` along so the server joins the trace.
 */
export function traceHttpClient(http: AxiosInstance, tracerName: string): AxiosInstance {
  const tracer = trace.getTracer(tracerName);
  const spans = new WeakMap<InternalAxiosRequestConfig, Span>();
  const finish = (config: InternalAxiosRequestConfig | undefined, status: number | undefined, error?: AxiosError) => {
    const span = config && spans.get(config);
    if (!span) return;
    if (status !== undefined) span.setAttribute('http.response.status_code', status);
    if (error || (status ?? 0) >= 400) span.setStatus({ code: SpanStatusCode.ERROR, ...(error ? { message: error.message } : {}) });
    span.end();
  };
  http.interceptors.request.use((config) => {
    const method = (config.method ?? 'get').toUpperCase();
    const url = new URL(http.getUri(config));
    const span = tracer.startSpan(method, {
      kind: SpanKind.CLIENT,
      // Without the query and credentials a subscriber may have put in its URL.
      attributes: { 'http.request.method': method, 'url.full': `${url.origin}${url.pathname}`, 'server.address': url.hostname, ...(url.port ? { 'server.port': Number(url.port) } : {}) },
    });
    spans.set(config, span);
    propagation.inject(trace.setSpan(context.active(), span), config.headers, { set: (headers: AxiosHeaders, key, value) => headers.set(key, value) });
    return config;
  });
  http.interceptors.response.use(
    (response) => {
      finish(response.config, response.status);
      return response;
    },
    (error: AxiosError) => {
      finish(error.config, error.response?.status, error);
      throw error;
    },
  );
  return http;
}
