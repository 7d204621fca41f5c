export { apiAs } from './api';
export { createTestDatabase, type TestDatabase } from './databases';
export { eventually } from './eventually';
export { VALID_ACTION_BODIES } from './action-bodies';
export { scrapeMetrics, type Scrape } from './metrics';
export { freePort, startServiceProcess, type ServiceProcess } from './service-process';
export { DEMO_CLAIM, portalFaults, startTestHub, testEnv, ubiquitiReports, useTestHub, type TestHub } from './test-hub';
export { useStallingSubscriber, useSubscriber, type ReceivedWebhook } from './subscriber';
export type { TimelineEvent } from './timeline';
