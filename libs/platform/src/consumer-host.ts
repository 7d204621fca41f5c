import type { InjectionToken, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { IdempotentConsumer, KafkaConnection, type HandlerMap } from '@rma-hub/messaging';
import { Database } from '@rma-hub/persistence';
import type { HubConfig } from './config';
import { HUB_CONFIG, LOGGER } from './infrastructure.module';
import type { Logger } from './logger';

/** Runs an app's idempotent consumer for the life of the Nest application. */
export class ConsumerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumer: IdempotentConsumer;
  private readonly kafka: KafkaConnection;

  constructor(name: string, handlers: HandlerMap, deps: { kafka: KafkaConnection; db: Database; config: HubConfig; logger: Logger }) {
    this.kafka = deps.kafka;
    this.consumer = new IdempotentConsumer(
      deps.kafka,
      deps.db,
      { name, handlers, killAfterCommit: deps.config.faults.killAfterCommit === name },
      deps.logger.child({ consumer: name }),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.connect();
    await this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }
}

/**
 * The provider that runs an app's consumer: `handlers` receives the instances of `inject` (the
 * app's handler classes) and maps each contract topic to one of them.
 */
export function consumerHostProvider(name: string, inject: InjectionToken[], handlers: (...instances: never[]) => HandlerMap): Provider {
  return {
    provide: ConsumerHost,
    inject: [KafkaConnection, Database, HUB_CONFIG, LOGGER, ...inject],
    useFactory: (kafka: KafkaConnection, db: Database, config: HubConfig, logger: Logger, ...instances: never[]) =>
      new ConsumerHost(name, handlers(...instances), { kafka, db, config, logger }),
  };
}
