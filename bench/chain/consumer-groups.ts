import { KafkaConnection } from '@rma-hub/messaging';
import { createLogger } from '@rma-hub/platform';
import type { TestHub } from '@rma-hub/testing';

/** Members of each of the hub's consumer groups right now (names without the hub's namespace). */
export async function consumerGroupMembers(hub: TestHub): Promise<Map<string, number>> {
  const namespace = hub.serviceEnv.KAFKA_NAMESPACE!;
  const connection = new KafkaConnection(
    { brokers: hub.serviceEnv.KAFKA_BROKERS!.split(','), clientId: 'rma-bench', namespace, partitions: 1, replicationFactor: 1 },
    createLogger('error', 'rma-bench'),
  );
  return connection.withAdmin(async (admin) => {
    const ours = (await admin.listGroups()).groups.map((group) => group.groupId).filter((id) => id.startsWith(namespace));
    const { groups } = await admin.describeGroups(ours);
    return new Map(groups.map((group) => [group.groupId.slice(namespace.length), group.members.length]));
  });
}
