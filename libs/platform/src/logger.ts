import { trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs; credentials are redacted wherever they appear in a logged request. A line
 * written inside a trace carries its trace_id and span_id.
 */
export function createLogger(level: string, name = 'rma-hub', destination?: DestinationStream): Logger {
  return pino(
    {
      name,
      level,
      mixin: activeSpanIds,
      redact: {
        paths: ['req.headers.authorization', 'headers.authorization', 'headers["webhook-signature"]', '*.apiKey', '*.secret'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

function activeSpanIds(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

export type { Logger };
