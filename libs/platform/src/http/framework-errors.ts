import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problem } from './problem';

/** Fastify's limit on one path segment (its default `maxParamLength`): no id or name on the hub is longer. */
export const MAX_PATH_SEGMENT_CHARS = 100;

/**
 * What Fastify answers itself, before any route or filter runs, as problem+json like every other
 * error: a path segment that is not valid percent-encoded UTF-8, or one past the length limit.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const refusal =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? problem(414, 'REQUEST.PATH_TOO_LONG', 'A path segment is too long', { detail: `A path segment holds at most ${MAX_PATH_SEGMENT_CHARS} characters.` })
      : error.code === 'FST_ERR_BAD_URL'
        ? problem(400, 'REQUEST.BAD_PATH', 'The path is not valid', { detail: 'A path segment is not valid percent-encoded UTF-8.' })
        : problem(500, 'INTERNAL', 'Internal error');
  void reply.status(refusal.problem.status).header('content-type', 'application/problem+json').send({ ...refusal.problem, instance: request.url });
}
