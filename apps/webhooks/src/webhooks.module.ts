import { Module } from '@nestjs/common';
import { ApiDocsModule } from '@rma-hub/openapi';
import { WebhooksController } from './webhooks.controller';

/** Inbound manufacturer webhooks; the API's documentation too, when the receiver runs alone. */
@Module({ imports: [ApiDocsModule], controllers: [WebhooksController] })
export class WebhooksModule {}
