import { Module } from '@nestjs/common';
import { CLAIM_STATUS_CHANGED } from '@rma-hub/contracts';
import { consumerHostProvider } from '@rma-hub/platform';
import { DeliveryWorker } from './delivery-worker';
import { OweStatusChange } from './owe-status-change';

export const NOTIFIER_CONSUMER = 'rma-hub.notifier';

/** Status changes pushed down the chain to subscribed parties as signed webhooks. */
@Module({
  providers: [
    OweStatusChange,
    DeliveryWorker,
    consumerHostProvider(NOTIFIER_CONSUMER, [OweStatusChange], (owe: OweStatusChange) => ({
      [CLAIM_STATUS_CHANGED]: (event, context) => owe.handle(event, context),
    })),
  ],
})
export class NotifierModule {}
