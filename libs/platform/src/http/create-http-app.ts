import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProblemFilter } from './problem.filter';
import type { Logger } from '../logger';

/** A Nest application on Fastify whose every error is answered as problem+json. */
export async function createHttpApp(module: Parameters<typeof NestFactory.create>[0], logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: 5 * 1024 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { logger: false, rawBody: true });
  app.useGlobalFilters(new ProblemFilter(logger));
  // Bulk files are handed to their route as a stream, never buffered whole.
  adapter.getInstance().addContentTypeParser(['application/x-ndjson', 'text/csv'], (_request, payload, done) => done(null, payload));
  return app;
}

export type { INestApplication, NestFastifyApplication };
