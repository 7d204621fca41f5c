import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IdempotentConsumer, type HandlerMap, type KafkaConnection } from '@rma-hub/messaging';
import type { Database } from '@rma-hub/persistence';
import type { HubConfig } from './config';
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
