import { Module } from '@nestjs/common';
import { WebhooksController } from './webhooks.controller';

/** Inbound manufacturer webhooks. */
@Module({ controllers: [WebhooksController] })
export class WebhooksModule {}
