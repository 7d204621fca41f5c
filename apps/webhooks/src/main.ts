import 'reflect-metadata';
import { closeOnSignals, loadConfig, startService } from '@rma-hub/platform';
import { WebhooksModule } from './webhooks.module';

void startService({ name: 'webhooks', config: loadConfig(), modules: [WebhooksModule] }).then((service) => closeOnSignals(service.close));
