import type { BeforeApplicationShutdown, InjectionToken, OnApplicationBootstrap, Provider } from '@nestjs/common';
import { IdempotentConsumer, KafkaConnection, KillPoints, type HandlerMap } from '@rma-hub/messaging';
import { Database } from '@rma-hub/persistence';
import type { HubConfig } from './config';
import { HUB_CONFIG, LOGGER } from './infrastructure.module';
import type { Logger } from './logger';
import { HubMetrics } from './metrics/hub-metrics';
import { Readiness } from './readiness';

/**
 * Runs an app's idempotent consumer for the life of the Nest application; the service is ready only
 * while it is a member of its group. On shutdown it finishes the messages in hand, commits their
 * offsets and leaves the group before the connections close.
 */
export class ConsumerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: IdempotentConsumer;
  private readonly kafka: KafkaConnection;

  constructor(name: string, handlers: HandlerMap, deps: { kafka: KafkaConnection; db: Database; config: HubConfig; logger: Logger; readiness: Readiness; metrics: HubMetrics; killPoints: KillPoints }) {
    this.kafka = deps.kafka;
    this.consumer = new IdempotentConsumer(
      deps.kafka,
      deps.db,
      {
        name,
        handlers,
        killPoints: deps.killPoints,
        observer: deps.metrics,
        attempts: { max: deps.config.consumers.maxAttempts, firstDelayMs: deps.config.consumers.retryDelayMs },
      },
      deps.logger.child({ consumer: name }),
    );
    deps.readiness.register({ name: `consumer ${name}`, check: async () => this.checkMembership() });
    const topics = Object.keys(handlers);
    deps.metrics.consumerLag.readFrom(async () =>
      (await deps.kafka.consumerLag(name, topics)).map(({ topic, partition, lag }) => ({ labels: { consumer: name, topic, partition: String(partition) }, value: lag })),
    );
  }

  private checkMembership(): void {
    const { status, reason } = this.consumer.state();
    if (status !== 'joined') throw new Error(reason ? `${status}: ${reason}` : `${status}, not a member of its group`);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.kafka.connect();
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
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
    inject: [KafkaConnection, Database, HUB_CONFIG, LOGGER, Readiness, HubMetrics, KillPoints, ...inject],
    useFactory: (kafka: KafkaConnection, db: Database, config: HubConfig, logger: Logger, readiness: Readiness, metrics: HubMetrics, killPoints: KillPoints, ...instances: never[]) =>
      new ConsumerHost(name, handlers(...instances), { kafka, db, config, logger, readiness, metrics, killPoints }),
  };
}
