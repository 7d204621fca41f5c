import 'reflect-metadata';
import { closeOnSignals, loadConfig, startService } from '@rma-hub/platform';
import { ROUTER_CONSUMER } from './router-inbox';
import { RouterModule } from './router.module';

void startService({ name: 'router', config: loadConfig(), modules: [RouterModule], consumers: [ROUTER_CONSUMER] }).then((service) => closeOnSignals(service.close));
