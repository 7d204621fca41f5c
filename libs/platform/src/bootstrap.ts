import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { HubConfig } from './config';
import { createHttpApp } from './http/create-http-app';
import { HealthController } from './http/health.controller';
import { InfrastructureModule } from './infrastructure.module';
import { createLogger } from './logger';

export interface RunningService {
  app: INestApplicationContext;
  /** Base URL when the service serves HTTP. */
  url: string | undefined;
  close(): Promise<void>;
}

/**
 * Starts one or more app modules in this process on shared infrastructure. With `http`, they are
 * served on the configured host and port; otherwise they run headless (consumers only).
 */
export async function startService(options: { name: string; config: HubConfig; modules: Type[]; http: boolean }): Promise<RunningService> {
  @Module({
    imports: [InfrastructureModule.forRoot(options.config, options.name), ...options.modules],
    controllers: options.http ? [HealthController] : [],
  })
  class ServiceRoot {}
  const root: DynamicModule = { module: ServiceRoot };
  const logger = createLogger(options.config.logLevel, options.name);

  if (!options.http) {
    const app = await NestFactory.createApplicationContext(root, { logger: false });
    await app.init();
    return { app, url: undefined, close: () => app.close() };
  }
  const app = await createHttpApp(root, logger);
  await app.listen(options.config.http.port, options.config.http.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : options.config.http.port;
  const url = `http://${options.config.http.host}:${port}`;
  logger.info({ url }, `${options.name} listening`);
  return { app, url, close: () => app.close() };
}
