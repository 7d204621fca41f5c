import { setTimeout as sleep } from 'node:timers/promises';
import { CLAIM_SUBMITTED } from '@rma-hub/contracts';
import { KafkaConnection } from '@rma-hub/messaging';
import { createLogger } from '@rma-hub/platform';
import { apiAs, startTestHub, useSubscriber, type TestHub } from '@rma-hub/testing';
import { startOwnBroker, type OwnBroker } from '../harness/own-broker';
import { recordFaultRow } from './fault-table';
import { auditLoad, describeAudit, startClaimLoad } from './load';

/**
 * A hub on a 3-broker cluster of this file's own, its topics replicated three times (the
 * cluster's min.insync.replicas is 2), loses one broker under a steady load of claims and gets it
 * back. Nothing the API accepted may be lost or doubled on the way: claims, timelines, RMAs at
 * the portal, webhooks to a subscriber.
 */
const STOPPED_NODE = 1;
const JOURNEY = ['submitted→forwarded', 'forwarded→authorized'];
/** kafkajs' ConfigResourceTypes.TOPIC (only libs/messaging imports kafkajs itself). */
const TOPIC_RESOURCE = 2;

/** How the hub created one of its topics on the cluster: replicas per partition and min.insync.replicas. */
async function replicationOf(hub: TestHub, brokers: string, name: string) {
  const connection = new KafkaConnection(
    { brokers: brokers.split(','), clientId: 'fault-broker-down', namespace: hub.serviceEnv.KAFKA_NAMESPACE!, partitions: 1, replicationFactor: 1 },
    createLogger('silent'),
  );
  return connection.withAdmin(async (admin) => {
    const topic = connection.topic(name);
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    const described = await admin.describeConfigs({ resources: [{ type: TOPIC_RESOURCE as never, name: topic, configNames: ['min.insync.replicas'] }], includeSynonyms: false });
    return {
      replicas: [...new Set(metadata!.partitions.map((partition) => partition.replicas.length))],
      minInsyncReplicas: described.resources[0]?.configEntries[0]?.configValue,
    };
  });
}

describe('fault: one broker of three stopped under load, then started again', () => {
  let cluster: OwnBroker;
  let hub: TestHub;
  const subscriber = useSubscriber();

  beforeAll(async () => {
    cluster = startOwnBroker('broker-down', { brokers: 3 });
    hub = await startTestHub(undefined, { KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2', SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true', DELIVERY_RETRY_DELAY_MS: '50' }, { kafkaBrokers: cluster.brokers });
  }, 180_000);

  afterAll(async () => {
    await hub?.close();
    cluster?.remove();
  }, 60_000);

  it('creates its topics replicated three times, two replicas in sync required', async () => {
    expect(await replicationOf(hub, cluster.brokers, CLAIM_SUBMITTED)).toEqual({ replicas: [3], minInsyncReplicas: '2' });
  });

  it('counts every claim, timeline event, upstream RMA and delivery exactly once', async () => {
    expect((await apiAs(hub.url, hub.keyOf('distri-west')).post('/v1/subscriptions', { url: subscriber.url() })).status).toBe(201);
    const rmasOpenedBefore = hub.demo.simulator.stats.ubiquiti.rmasOpened;

    const load = startClaimLoad(hub, { name: 'broker-down', perSecond: 3 });
    await sleep(4_000);
    await cluster.stopOne(STOPPED_NODE);
    load.phase('broker down');
    await sleep(12_000);
    load.phase('broker restarting');
    await cluster.startOne(STOPPED_NODE);
    load.phase('broker back');
    await sleep(4_000);
    const outcome = await load.stop();

    expect(outcome.rejected).toEqual([]);
    expect(outcome.sentPerPhase['broker down']).toBeGreaterThanOrEqual(10);
    const audit = await auditLoad(hub, outcome, { journey: JOURNEY, received: subscriber.received, rmasOpenedBefore });
    recordFaultRow({
      scenario: `3-broker cluster (replication 3, min.insync 2): broker ${STOPPED_NODE} stopped 12 s under 3 claims/s, then started`,
      figures: describeAudit(audit, outcome, 'broker down'),
      lost: audit.lost,
      duplicated: audit.duplicated,
    });
    expect(audit).toMatchObject({ lost: 0, duplicated: 0, faults: [] });
  }, 300_000);
});
