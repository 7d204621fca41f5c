import 'reflect-metadata';
import { closeOnSignals, loadConfig, startService } from '@rma-hub/platform';
import { NotifierModule } from './notifier.module';

void startService({ name: 'notifier', config: loadConfig(), modules: [NotifierModule] }).then((service) => closeOnSignals(service.close));
