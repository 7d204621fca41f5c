import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { problem } from './problem';
import { unstorableTextAt } from './storable-text';

/**
 * Refuses a path, a query or a JSON body holding text PostgreSQL cannot store (NUL, a lone
 * surrogate) with 400 before any handler sees it: a handler would otherwise fail with 500 on it,
 * in a look-up or a write.
 */
export class StorableTextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest | undefined>();
    if (!request) return next.handle();
    const inPath = unstorableTextAt(request.params ?? {});
    if (inPath) throw problem(400, 'REQUEST.BAD_PATH', 'The path is not valid', { detail: `A path segment ${inPath.detail}.` });
    const inQuery = unstorableTextAt(request.query ?? {});
    if (inQuery) throw problem(400, 'REQUEST.INVALID', 'The query is invalid', { detail: inQuery.detail, errors: [inQuery] });
    const body = request.body;
    const inBody = body !== null && typeof body === 'object' && !isStream(body) ? unstorableTextAt(body) : null;
    if (inBody) throw problem(400, 'REQUEST.INVALID', 'The request body is invalid', { detail: inBody.detail, errors: [inBody] });
    return next.handle();
  }
}

/** Bulk files arrive as a stream, read line by line by their route (which reports a NUL per line). */
function isStream(body: unknown): boolean {
  return typeof (body as { pipe?: unknown } | null)?.pipe === 'function';
}
