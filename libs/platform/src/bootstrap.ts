import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { Database } from '@rma-hub/persistence';
import type { HubConfig } from './config';
import { HeartbeatReporter, heartbeatIdentity } from './heartbeat/heartbeat-reporter';
import { createHttpApp } from './http/create-http-app';
import { HealthController } from './http/health.controller';
import { MetricsController } from './http/metrics.controller';
import { connectInboxConsumers } from './inbox-consumers';
import { InfrastructureModule } from './infrastructure.module';
import { createLogger } from './logger';
import { HubMetrics } from './metrics/hub-metrics';
import { Readiness } from './readiness';
import { startTracing } from './tracing/tracing';

export interface RunningService {
  app: INestApplicationContext;
  /** Where the service listens: the API for the gateway and webhooks, the probes (and metrics) for every service. */
  url: string;
  close(): Promise<void>;
}

export interface ServiceOptions {
  name: string;
  config: HubConfig;
  modules: Type[];
  /** The consumer groups whose `@EventPattern` handlers the modules' controllers hold. */
  consumers?: readonly string[];
  /** The services the modules make up, as the heartbeat reports them (several in one-process mode); just `name` when unset. */
  services?: readonly string[];
}

/**
 * Starts one or more app modules in this process on shared infrastructure, served on the
 * configured host and port. Services without an API of their own (router, connectors, notifier)
 * serve only the probes there, so every service can be watched the same way. Their consumers are
 * Nest microservices of the same application, started once the infrastructure is up. Every
 * process reports its health to PostgreSQL for the operators' view (HeartbeatReporter).
 */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const logger = createLogger(options.config.logLevel, options.name);
  const identity = heartbeatIdentity(options.services ?? [options.name]);
  @Module({
    imports: [InfrastructureModule.forRoot(options.config, options.name), ...options.modules],
    controllers: [HealthController, MetricsController],
    providers: [
      {
        provide: HeartbeatReporter,
        inject: [Database, Readiness, HubMetrics],
        useFactory: (db: Database, readiness: Readiness, metrics: HubMetrics) =>
          new HeartbeatReporter(db, readiness, metrics, identity, options.config.heartbeat.intervalMs, logger.child({ component: 'heartbeat' })),
      },
    ],
  })
  class ServiceRoot {}
  const root: DynamicModule = { module: ServiceRoot };
  const tracing = startTracing(options.config.tracing, `rma-hub-${options.name}`);

  const app = await createHttpApp(root, logger, options.config.http);
  connectInboxConsumers(app, options.config, options.consumers ?? []);
  await app.init();
  await app.startAllMicroservices();
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
