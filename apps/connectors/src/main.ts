import 'reflect-metadata';
import { loadConfig, startService } from '@rma-hub/platform';
import { ConnectorsModule } from './connectors.module';

void startService({ name: 'connectors', config: loadConfig(), modules: [ConnectorsModule], http: false });
