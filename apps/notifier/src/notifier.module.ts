import { Module } from '@nestjs/common';
import { CLAIM_STATUS_CHANGED } from '@rma-hub/contracts';
import { KafkaConnection } from '@rma-hub/messaging';
import { Database } from '@rma-hub/persistence';
import { ConsumerHost, HUB_CONFIG, LOGGER, type HubConfig, type Logger } from '@rma-hub/platform';
import { DeliveryWorker } from './delivery-worker';
import { OweStatusChange } from './owe-status-change';

export const NOTIFIER_CONSUMER = 'rma-hub.notifier';

/** Status changes pushed down the chain to subscribed parties as signed webhooks. */
@Module({
  providers: [
    OweStatusChange,
    DeliveryWorker,
    {
      provide: ConsumerHost,
      inject: [KafkaConnection, Database, HUB_CONFIG, LOGGER, OweStatusChange],
      useFactory: (kafka: KafkaConnection, db: Database, config: HubConfig, logger: Logger, owe: OweStatusChange) =>
        new ConsumerHost(NOTIFIER_CONSUMER, { [CLAIM_STATUS_CHANGED]: (event, context) => owe.handle(event, context) }, { kafka, db, config, logger }),
    },
  ],
})
export class NotifierModule {}
