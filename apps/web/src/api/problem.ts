import type { FieldError, Problem } from '@rma-hub/api-client';

/** A problem+json answer's per-field errors, by JSON Pointer (`/lines/0/serial`). */
export function fieldErrors(problem: unknown): Record<string, string> {
  const errors = ((problem as Problem | undefined)?.errors ?? []) as FieldError[];
  const byPointer: Record<string, string> = {};
  for (const error of errors) byPointer[error.pointer] = byPointer[error.pointer] ? `${byPointer[error.pointer]}; ${error.detail}` : error.detail;
  return byPointer;
}

export const problemTitle = (problem: unknown): string => (problem as Problem | undefined)?.title ?? 'unknown error';

/** A fresh Idempotency-Key for one user intent, so a retried click never acts twice (getRandomValues works outside secure contexts too). */
export const idempotencyKey = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
