import 'reflect-metadata';
import { closeOnSignals, loadConfig, startService } from '@rma-hub/platform';
import { ConnectorsModule } from './connectors.module';

void startService({ name: 'connectors', config: loadConfig(), modules: [ConnectorsModule] }).then((service) => closeOnSignals(service.close));
