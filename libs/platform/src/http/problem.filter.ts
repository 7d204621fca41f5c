import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClaimError } from '@rma-hub/domain';
import { isDatabaseUnavailable } from '@rma-hub/persistence';
import type { Logger } from '../logger';
import { claimProblem } from './claim-problem';
import { ProblemException, problem, type Problem } from './problem';

/** Codes for the framework's own refusals (unparseable JSON, unknown route, …). */
const HTTP_CODES: Record<number, string> = {
  400: 'REQUEST.MALFORMED',
  404: 'ROUTE.NOT_FOUND',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
};

/** Renders every error as application/problem+json; unexpected errors are logged and never leak details. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = { ...this.toProblem(exception), instance: request.url };
    if (typeof body.retryAfterSeconds === 'number') void reply.header('retry-after', String(body.retryAfterSeconds));
    void reply.status(body.status).header('content-type', 'application/problem+json').send(body);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof ProblemException) return exception.problem;
    if (exception instanceof ClaimError) return claimProblem(exception);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return problem(status, HTTP_CODES[status] ?? `HTTP.${status}`, exception.message).problem;
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ err: exception }, 'database unavailable');
      return problem(503, 'SERVICE.UNAVAILABLE', 'The hub cannot reach its database right now', { detail: 'Try again shortly, with the same Idempotency-Key.', retryAfterSeconds: 1 }).problem;
    }
    this.logger.error({ err: exception }, 'unhandled error');
    return problem(500, 'INTERNAL', 'Internal error').problem;
  }
}
