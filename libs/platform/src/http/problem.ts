import { HttpException } from '@nestjs/common';
import type { z } from 'zod';
import type { FieldError, Problem } from '@rma-hub/contracts';

export type { FieldError, Problem };

export class ProblemException extends HttpException {
  constructor(readonly problem: Problem) {
    super(problem, problem.status);
  }
}

const TYPE_BASE = 'https://rma-hub.dev/problems/';

export function problem(status: number, code: string, title: string, extra: Partial<Problem> = {}): ProblemException {
  return new ProblemException({ type: `${TYPE_BASE}${code.toLowerCase().replace(/[._]/g, '-')}`, title, status, code, ...extra });
}

/** `notFound('Bulk job')`: 404 BULK_JOB.NOT_FOUND. */
export function notFound(what: string): ProblemException {
  return problem(404, `${what.toUpperCase().replaceAll(' ', '_')}.NOT_FOUND`, `${what} not found`);
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    pointer: `/${issue.path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`,
    detail: issue.message,
  }));
}

/** Parses untrusted input, or throws a 400 problem listing every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what = 'request body'): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw problem(400, 'REQUEST.INVALID', `The ${what} is invalid`, {
      detail: `${result.error.issues.length} field(s) failed validation`,
      errors: fieldErrors(result.error),
    });
  }
  return result.data;
}
