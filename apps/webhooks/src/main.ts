import 'reflect-metadata';
import { loadConfig, startService } from '@rma-hub/platform';
import { WebhooksModule } from './webhooks.module';

void startService({ name: 'webhooks', config: loadConfig(), modules: [WebhooksModule], http: true });
