import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { problem } from './problem';
import { jsonShapeViolation, type JsonShapeLimits } from './json-shape';

const JSON_CONTENT = /^application\/([\w.+-]+\+)?json\b/i;

/**
 * Refuses a JSON body with an array or a nesting past the limits before any handler sees it, so
 * every route is bounded the same way whatever its schema says (413, naming the place and the limit).
 */
export class JsonShapeInterceptor implements NestInterceptor {
  constructor(private readonly limits: JsonShapeLimits) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest | undefined>();
    if (request && JSON_CONTENT.test(request.headers?.['content-type'] ?? '')) {
      const violation = jsonShapeViolation(request.body, this.limits);
      if (violation) throw problem(413, 'REQUEST.TOO_LARGE', 'The request body is too large', { detail: violation.detail, errors: [violation] });
    }
    return next.handle();
  }
}
