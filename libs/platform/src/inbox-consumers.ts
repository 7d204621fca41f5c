import type { INestApplication } from '@nestjs/common';
import { InboxTransport, KafkaConnection, KillPoints } from '@rma-hub/messaging';
import { Database } from '@rma-hub/persistence';
import type { HubConfig } from './config';
import { LOGGER } from './infrastructure.module';
import type { Logger } from './logger';
import { HubMetrics } from './metrics/hub-metrics';
import { Readiness } from './readiness';

/**
 * Connects one inbox transport per consumer group to the application (a hybrid app: the HTTP side
 * serves the probes, the API where there is one). The service is ready only while each consumer is a
 * member of its group; each group's lag per partition is a gauge.
 */
export function connectInboxConsumers(app: INestApplication, config: HubConfig, names: readonly string[]): void {
  const kafka = app.get(KafkaConnection);
  const logger = app.get<Logger>(LOGGER);
  const readiness = app.get(Readiness);
  const metrics = app.get(HubMetrics);
  for (const name of names) {
    const transport = new InboxTransport(
      kafka,
      app.get(Database),
      { name, attempts: { max: config.consumers.maxAttempts, firstDelayMs: config.consumers.retryDelayMs }, batch: config.consumers.batch, killPoints: app.get(KillPoints), observer: metrics },
      logger.child({ consumer: name }),
    );
    app.connectMicroservice({ strategy: transport });
    readiness.register({
      name: `consumer ${name}`,
      check: async () => {
        const { status, reason } = transport.state();
        if (status !== 'joined') throw new Error(reason ? `${status}: ${reason}` : `${status}, not a member of its group`);
      },
    });
    metrics.consumerLag.readFrom(async () =>
      (await kafka.consumerLag(name, transport.topics())).map(({ topic, partition, lag }) => ({ labels: { consumer: name, topic, partition: String(partition) }, value: lag })),
    );
  }
}
