import { Global, Injectable, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { KafkaConnection, KillPoints, OutboxRelay } from '@rma-hub/messaging';
import { Database } from '@rma-hub/persistence';
import type { HubConfig } from './config';
import { createLogger } from './logger';
import { HubMetrics } from './metrics/hub-metrics';
import { Readiness } from './readiness';

export const HUB_CONFIG = Symbol('HUB_CONFIG');
export const LOGGER = Symbol('LOGGER');

/**
 * Opens and closes the process-wide connections in order: DB and Kafka up, relay running. On
 * shutdown the service first reports not ready (the app's workers and consumers finish their work
 * in their own `beforeApplicationShutdown`), then the relay publishes what they wrote, then the
 * connections close.
 */
@Injectable()
class InfrastructureLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    private readonly db: Database,
    private readonly kafka: KafkaConnection,
    private readonly relay: OutboxRelay,
    private readonly readiness: Readiness,
  ) {
    readiness.register({ name: 'database', check: () => db.ping() });
    readiness.register({ name: 'kafka', check: () => kafka.probe() });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.db.ping();
    await this.kafka.connect();
    await this.relay.start();
  }

  beforeApplicationShutdown(): void {
    this.readiness.startDraining();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.kafka.disconnect();
    await this.db.disconnect();
  }
}

/**
 * One instance per process of everything with a connection: config, logger, database, Kafka,
 * and the outbox relay. Each app module imports it; in one-process mode they share it.
 */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: HubConfig, clientId: string): DynamicModule {
    const logger = createLogger(config.logLevel, clientId);
    const kafkaProvider = {
      provide: KafkaConnection,
      useFactory: () => new KafkaConnection({ ...config.kafka, clientId }, logger.child({ component: 'kafka' })),
    };
    return {
      module: InfrastructureModule,
      providers: [
        { provide: HUB_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: Database, useFactory: () => new Database(config.database) },
        kafkaProvider,
        { provide: KillPoints, useFactory: () => new KillPoints(config.faults.killAt) },
        {
          provide: OutboxRelay,
          inject: [Database, KafkaConnection, HubMetrics, KillPoints],
          useFactory: (db: Database, kafka: KafkaConnection, metrics: HubMetrics, killPoints: KillPoints) =>
            new OutboxRelay(db, kafka, { ...config.outbox, killPoints }, logger.child({ component: 'outbox-relay' }), metrics),
        },
        { provide: HubMetrics, useFactory: () => new HubMetrics() },
        Readiness,
        InfrastructureLifecycle,
      ],
      exports: [HUB_CONFIG, LOGGER, Database, KafkaConnection, KillPoints, OutboxRelay, Readiness, HubMetrics],
    };
  }
}
