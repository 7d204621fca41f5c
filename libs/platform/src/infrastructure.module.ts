import { Global, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown, Injectable } from '@nestjs/common';
import { KafkaConnection, OutboxRelay } from '@rma-hub/messaging';
import { Database } from '@rma-hub/persistence';
import type { HubConfig } from './config';
import { createLogger, type Logger } from './logger';

export const HUB_CONFIG = Symbol('HUB_CONFIG');
export const LOGGER = Symbol('LOGGER');

/** Opens and closes the process-wide connections in order: DB and Kafka up, relay running; then the reverse. */
@Injectable()
class InfrastructureLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly db: Database,
    private readonly kafka: KafkaConnection,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.db.ping();
    await this.kafka.connect();
    this.relay.start();
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
        {
          provide: OutboxRelay,
          inject: [Database, KafkaConnection],
          useFactory: (db: Database, kafka: KafkaConnection) =>
            new OutboxRelay(db, kafka, config.outbox, logger.child({ component: 'outbox-relay' })),
        },
        InfrastructureLifecycle,
      ],
      exports: [HUB_CONFIG, LOGGER, Database, KafkaConnection, OutboxRelay],
    };
  }
}
