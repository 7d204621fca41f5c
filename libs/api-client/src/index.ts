export { createHubClient, type HubClient } from './hub-client';
export type * from './schema';
