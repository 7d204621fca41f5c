export { apiAs } from './api';
export { eventually } from './eventually';
export { startServiceProcess, type ServiceProcess } from './service-process';
export { startTestHub, type TestHub } from './test-hub';
