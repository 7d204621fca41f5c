import 'reflect-metadata';
import { closeOnSignals, loadConfig, startService } from '@rma-hub/platform';
import { NOTIFIER_CONSUMER } from './notifier-inbox';
import { NotifierModule } from './notifier.module';

void startService({ name: 'notifier', config: loadConfig(), modules: [NotifierModule], consumers: [NOTIFIER_CONSUMER] }).then((service) => closeOnSignals(service.close));
