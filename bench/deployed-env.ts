/**
 * What the bench's hubs run with on top of the test hub's defaults: the settings of a deployment,
 * not the test suite's speed-ups. The tests poll the outbox every 25 ms so that no test waits on a
 * missed notification; in the bench every process polling 40 times a second would burn a fifth of
 * the two cores while idle, a cost no deployment pays.
 */
export const DEPLOYED_ENV = { LOG_LEVEL: 'error', OUTBOX_POLL_MS: '1000' } as const;
