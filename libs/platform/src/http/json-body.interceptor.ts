import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { problem } from './problem';
import { bodyViolation, unstorableTextAt, type JsonShapeLimits } from './json-body';

const JSON_CONTENT = /^application\/([\w.+-]+\+)?json\b/i;

/**
 * Checks every request before any handler sees it, so every route is bounded the same way
 * whatever its schema says: a JSON body past the shape limits is refused with 413, and text
 * PostgreSQL cannot store (NUL, a lone surrogate) in the path, the query or the body with 400,
 * where a handler would otherwise fail with 500 in a look-up or a write. The body is walked once.
 */
export class JsonBodyInterceptor implements NestInterceptor {
  constructor(private readonly limits: JsonShapeLimits) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest | undefined>();
    if (!request) return next.handle();
    const inPath = unstorableTextAt(request.params ?? {});
    if (inPath) throw problem(400, 'REQUEST.BAD_PATH', 'The path is not valid', { detail: `A path segment ${inPath.detail}.` });
    const inQuery = unstorableTextAt(request.query ?? {});
    if (inQuery) throw problem(400, 'REQUEST.INVALID', 'The query is invalid', { detail: inQuery.detail, errors: [inQuery] });
    const body = request.body;
    if (body === null || typeof body !== 'object' || isStream(body)) return next.handle();
    const isJson = JSON_CONTENT.test(request.headers?.['content-type'] ?? '');
    const violation = bodyViolation(body, { ...(isJson ? { limits: this.limits } : {}), text: true });
    if (violation?.kind === 'too-large') throw problem(413, 'REQUEST.TOO_LARGE', 'The request body is too large', { detail: violation.error.detail, errors: [violation.error] });
    if (violation) throw problem(400, 'REQUEST.INVALID', 'The request body is invalid', { detail: violation.error.detail, errors: [violation.error] });
    return next.handle();
  }
}

/** Bulk files arrive as a stream, read line by line by their route (which reports a NUL per line). */
function isStream(body: unknown): boolean {
  return typeof (body as { pipe?: unknown } | null)?.pipe === 'function';
}
