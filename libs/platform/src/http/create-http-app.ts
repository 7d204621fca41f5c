import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError } from 'fastify';
import { problem } from './problem';
import { ProblemFilter } from './problem.filter';
import type { Logger } from '../logger';

/** A Nest application on Fastify with problem+json errors; JSON bodies that fail to parse are a 400 problem too. */
export async function createHttpApp(module: Parameters<typeof NestFactory.create>[0], logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: 5 * 1024 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { logger: false, rawBody: true });
  app.useGlobalFilters(new ProblemFilter(logger));
  app.enableShutdownHooks();
  adapter.getInstance().setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode ?? 500;
    const body = status < 500 ? problem(status, 'REQUEST.MALFORMED', error.message).problem : problem(500, 'INTERNAL', 'Internal error').problem;
    if (status >= 500) logger.error({ err: error }, 'unhandled error');
    void reply.status(status).header('content-type', 'application/problem+json').send(body);
  });
  return app;
}

export type { INestApplication, NestFastifyApplication };
