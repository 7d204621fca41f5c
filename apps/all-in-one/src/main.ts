import { loadConfig } from '@rma-hub/platform';
import { startHub } from './hub';

void startHub(loadConfig());
