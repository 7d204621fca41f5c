import 'reflect-metadata';
import { loadConfig, startService } from '@rma-hub/platform';
import { RouterModule } from './router.module';

void startService({ name: 'router', config: loadConfig(), modules: [RouterModule], http: false });
