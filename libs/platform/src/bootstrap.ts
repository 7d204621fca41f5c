import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import type { HubConfig } from './config';
import { createHttpApp } from './http/create-http-app';
import { HealthController } from './http/health.controller';
import { MetricsController } from './http/metrics.controller';
import { InfrastructureModule } from './infrastructure.module';
import { createLogger } from './logger';
import { startTracing } from './tracing/tracing';

export interface RunningService {
  app: INestApplicationContext;
  /** Where the service listens: the API for the gateway and webhooks, the probes (and metrics) for every service. */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts one or more app modules in this process on shared infrastructure, served on the
 * configured host and port. Services without an API of their own (router, connectors, notifier)
 * serve only the probes there, so every service can be watched the same way.
 */
export async function startService(options: { name: string; config: HubConfig; modules: Type[] }): Promise<RunningService> {
  @Module({
    imports: [InfrastructureModule.forRoot(options.config, options.name), ...options.modules],
    controllers: [HealthController, MetricsController],
  })
  class ServiceRoot {}
  const root: DynamicModule = { module: ServiceRoot };
  const tracing = startTracing(options.config.tracing, `rma-hub-${options.name}`);
  const logger = createLogger(options.config.logLevel, options.name);

  const app = await createHttpApp(root, logger, options.config.http);
  await app.listen(options.config.http.port, options.config.http.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : options.config.http.port;
  const url = `http://${options.config.http.host}:${port}`;
  logger.info({ url }, `${options.name} listening`);
  return {
    app,
    url,
    close: async () => {
      await app.close();
      await tracing?.shutdown();
    },
  };
}
