import 'reflect-metadata';
import { closeOnSignals, loadConfig, startService } from '@rma-hub/platform';
import { GatewayModule } from './gateway.module';

void startService({ name: 'gateway', config: loadConfig(), modules: [GatewayModule] }).then((service) => closeOnSignals(service.close));
