import { randomBytes } from 'node:crypto';
import { KafkaConnection } from '@rma-hub/messaging';
import { createLogger } from '@rma-hub/platform';

export interface KafkaCeiling {
  /** Messages per second from the first send to the last message consumed. */
  perSecond: number;
  /** Messages per second of the producing alone (all acknowledged by every in-sync replica). */
  producedPerSecond: number;
}

const SEND_BATCH = 500;

/**
 * The messaging ceiling: plain kafkajs, one producer sending batches of 500 (acks from every
 * in-sync replica, as the hub's relay sends) and one consumer taking whole batches, on a topic of
 * its own with `partitions` partitions on the same broker; no database, no inbox, no handler.
 * The client is the hub's KafkaConnection's own kafkajs instance, so the bench needs no import of
 * kafkajs outside libs/messaging.
 */
export async function kafkaCeiling(brokers: string[], partitions: number, messages: number, messageBytes: number): Promise<KafkaCeiling> {
  const connection = new KafkaConnection(
    { brokers, clientId: 'rma-bench', namespace: `bench${randomBytes(4).toString('hex')}.`, partitions, replicationFactor: 1 },
    createLogger('error', 'rma-bench'),
  );
  const topic = connection.topic('kafka-ceiling');
  const groupId = connection.group('kafka-ceiling');
  await connection.withAdmin((admin) => admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }] }));
  const producer = connection.kafka.producer();
  const consumer = connection.kafka.consumer({ groupId });
  try {
    await Promise.all([producer.connect(), consumer.connect()]);
    await consumer.subscribe({ topic, fromBeginning: true });
    let received = 0;
    let consumedAll!: () => void;
    const allConsumed = new Promise<void>((resolve) => (consumedAll = resolve));
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.run({
      eachBatch: async ({ batch }) => {
        received += batch.messages.length;
        if (received >= messages) consumedAll();
      },
    });
    await joined;
    const value = Buffer.alloc(messageBytes, 'x');
    const started = performance.now();
    for (let offset = 0; offset < messages; offset += SEND_BATCH) {
      const batch = Array.from({ length: Math.min(SEND_BATCH, messages - offset) }, (_, i) => ({ key: String(offset + i), value }));
      await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages: batch }] });
    }
    const produced = performance.now();
    await allConsumed;
    const consumed = performance.now();
    return { perSecond: messages / ((consumed - started) / 1000), producedPerSecond: messages / ((produced - started) / 1000) };
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
    await connection.withAdmin(async (admin) => {
      await admin.deleteGroups([groupId]).catch(() => undefined);
      await admin.deleteTopics({ topics: [topic] });
    });
  }
}
