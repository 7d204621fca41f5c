import 'reflect-metadata';
import { loadConfig, startService } from '@rma-hub/platform';
import { GatewayModule } from './gateway.module';

void startService({ name: 'gateway', config: loadConfig(), modules: [GatewayModule], http: true });
