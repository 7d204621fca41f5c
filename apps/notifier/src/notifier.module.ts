import { Module } from '@nestjs/common';
import { DeliveryWorker } from './delivery-worker';
import { OweStatusChange } from './owe-status-change';

/** Status changes pushed down the chain to subscribed parties as signed webhooks. */
@Module({
  controllers: [OweStatusChange],
  providers: [
    DeliveryWorker,
  ],
})
export class NotifierModule {}
