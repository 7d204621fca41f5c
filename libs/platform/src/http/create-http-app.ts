import type { INestApplication } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProblemFilter } from './problem.filter';
import { logRequests, requestIdOf } from './request-log';
import { traceRequests } from '../tracing/http-server-spans';
import { ServedByInterceptor } from '../tracing/served-by.interceptor';
import type { Logger } from '../logger';
import type { HubConfig } from '../config';
import { JsonBodyInterceptor } from './json-body.interceptor';
import { answerFrameworkError, MAX_PATH_SEGMENT_CHARS } from './framework-errors';
import { streamBulkBodies } from './streamed-body';
import { HubMetrics } from '../metrics/hub-metrics';
import { measureRequests } from '../metrics/http-metrics';

/** A Nest application on Fastify whose every error is answered as problem+json; each request is traced and logged once. */
export async function createHttpApp(module: Parameters<typeof NestFactory.create>[0], logger: Logger, limits: HubConfig['http']): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: limits.bodyLimitBytes, genReqId: requestIdOf, routerOptions: { maxParamLength: MAX_PATH_SEGMENT_CHARS }, frameworkErrors: answerFrameworkError });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { logger: false, rawBody: true });
  app.useGlobalFilters(new ProblemFilter(logger));
  app.useGlobalInterceptors(
    new ServedByInterceptor(app.get(ModulesContainer)),
    new JsonBodyInterceptor({ maxArrayItems: limits.maxArrayItems, maxDepth: limits.maxJsonDepth }),
  );
  traceRequests(adapter.getInstance(), 'rma-hub.http');
  logRequests(adapter.getInstance(), logger);
  measureRequests(adapter.getInstance(), app.get(HubMetrics));
  // A route may lower the body limit for itself: `@RouteConfig({ bodyLimit })`.
  adapter.getInstance().addHook('onRoute', (route) => {
    const { bodyLimit } = (route.config ?? {}) as { bodyLimit?: number };
    if (bodyLimit !== undefined) route.bodyLimit = bodyLimit;
  });
  streamBulkBodies(adapter.getInstance());
  return app;
}

export type { INestApplication, NestFastifyApplication };
