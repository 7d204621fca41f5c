export { apiAs } from './api';
export { eventually } from './eventually';
export { startServiceProcess, type ServiceProcess } from './service-process';
export { startTestHub, type TestHub } from './test-hub';
export { createTestDatabase, type TestDatabase } from './databases';
export { testEnv } from './test-hub';
