import { closeOnSignals, loadConfig } from '@rma-hub/platform';
import { startHub } from './hub';

void startHub(loadConfig()).then((hub) => closeOnSignals(hub.close));
