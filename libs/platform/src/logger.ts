import pino, { type Logger } from 'pino';

/** Structured JSON logs; credentials are redacted wherever they appear in a logged request. */
export function createLogger(level: string, name = 'rma-hub'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', 'headers["webhook-signature"]', '*.apiKey', '*.secret'],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
