import 'reflect-metadata';
import { closeOnSignals, loadConfig, startService } from '@rma-hub/platform';
import { CONNECTORS_CONSUMER } from './connectors-inbox';
import { ConnectorsModule } from './connectors.module';

void startService({ name: 'connectors', config: loadConfig(), modules: [ConnectorsModule], consumers: [CONNECTORS_CONSUMER] }).then((service) => closeOnSignals(service.close));
