import 'reflect-metadata';
import { closeOnSignals, loadConfig, startService } from '@rma-hub/platform';
import { RouterModule } from './router.module';

void startService({ name: 'router', config: loadConfig(), modules: [RouterModule] }).then((service) => closeOnSignals(service.close));
