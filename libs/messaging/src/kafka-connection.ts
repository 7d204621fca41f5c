import { Kafka, logLevel, Partitioners, type Admin, type LogEntry, type Message, type PartitionMetadata, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { ConstantBackoff, handleAll, retry } from 'cockatiel';
import { TOPIC_NAMES } from '@rma-hub/contracts';
import { lagOf } from './consumer-lag';

const PROBE_TIMEOUT_MS = 2_000;

/** New topics take a moment to get partition leaders on every broker; poll for up to ~30 s. */
const untilReady = retry(handleAll, { maxAttempts: 150, backoff: new ConstantBackoff(200) });

/** A message for the relay to send: keyed, so its partition is the key's. */
export type OutgoingMessage = Message & { key: string };

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic and consumer group, so several hubs (or test runs) can share one cluster. */
  namespace: string;
  partitions: number;
  replicationFactor: number;
  /** min.insync.replicas of the topics it creates; undefined: the cluster's default. */
  minInsyncReplicas?: number | undefined;
}

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** The hub's single Kafka client: one producer shared by the relay, plus consumer creation. */
export class KafkaConnection {
  readonly kafka: Kafka;
  readonly producer: Producer;

  constructor(
    readonly settings: KafkaSettings,
    private readonly logger: Logger,
  ) {
    this.kafka = new Kafka({
      clientId: settings.clientId,
      brokers: settings.brokers,
      logLevel: logLevel.WARN,
      retry: { initialRetryTime: 200, retries: 8 },
      logCreator:
        () =>
        ({ level, log }: LogEntry) => {
          const { message, ...extra } = log;
          this.logger[LEVELS[level] ?? 'info']({ kafka: extra }, message);
        },
    });
    this.producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    // Probes must answer in a second or two, so they get a client of their own that barely retries
    // (twice, quickly: a group-coordinator lookup needs one retry to refresh its metadata).
    this.probeClient = new Kafka({
      clientId: `${settings.clientId}-probe`,
      brokers: settings.brokers,
      logLevel: logLevel.NOTHING,
      connectionTimeout: PROBE_TIMEOUT_MS,
      requestTimeout: PROBE_TIMEOUT_MS,
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 400 },
    });
  }

  private readonly probeClient: Kafka;
  private probeAdmin: Admin | undefined;
  /** Partitions per topic, as the cluster reported them when this connection opened. */
  private readonly partitionCounts = new Map<string, number>();
  private readonly partitionOf = Partitioners.DefaultPartitioner();

  /**
   * Sends messages to their topics (acknowledged by every in-sync replica), each to the partition
   * its key hashes to, as kafkajs' default partitioner would, and checks that the cluster
   * acknowledged every partition sent to. kafkajs 2.2 can resolve a send of which a part was never
   * sent: when a partition's leader moves mid-send to a broker that had already acknowledged
   * other partitions, the retry skips that broker and drops the partition's messages. A partition
   * missing from the acknowledgements fails the send, so the caller sends the whole batch again.
   */
  async sendBatch(topicMessages: { topic: string; messages: OutgoingMessage[] }[]): Promise<void> {
    const sentTo = new Set<string>();
    const batch = [];
    for (const { topic, messages } of topicMessages) {
      const partitionMetadata = Array.from({ length: await this.partitionCount(topic) }, (_, partitionId) => ({ partitionId, leader: 0 }) as PartitionMetadata);
      const placed = messages.map((message) => ({ ...message, partition: this.partitionOf({ topic, partitionMetadata, message }) }));
      for (const message of placed) sentTo.add(`${topic}[${message.partition}]`);
      batch.push({ topic, messages: placed });
    }
    const acknowledged = new Set((await this.producer.sendBatch({ acks: -1, topicMessages: batch })).map((entry) => `${entry.topicName}[${entry.partition}]`));
    const unacknowledged = [...sentTo].filter((partition) => !acknowledged.has(partition));
    if (unacknowledged.length > 0) throw new Error(`Kafka acknowledged no write to ${unacknowledged.join(', ')} (a leader moved during the send); the batch must be sent again`);
  }

  private async partitionCount(topic: string): Promise<number> {
    let count = this.partitionCounts.get(topic);
    if (count === undefined) {
      const [metadata] = (await this.withAdmin((admin) => admin.fetchTopicMetadata({ topics: [topic] }))).topics;
      count = metadata!.partitions.length;
      this.partitionCounts.set(topic, count);
    }
    return count;
  }

  /**
   * Asks the cluster for its brokers, now: resolves when a broker answers, rejects when none does.
   * A failed probe drops its connection, so the next one starts afresh once the cluster is back.
   */
  async probe(): Promise<void> {
    await this.withProbeAdmin((admin) => admin.describeCluster());
  }

  /**
   * Per partition of `topics`: messages on the broker that group `name` has not committed yet (a
   * group that never committed owes the whole partition). Asked with the probe client, so a lost
   * cluster fails it at once.
   */
  async consumerLag(name: string, topics: readonly string[]): Promise<{ topic: string; partition: number; lag: number }[]> {
    return this.withProbeAdmin(async (admin) => {
      const committed = await admin.fetchOffsets({ groupId: this.group(name), topics: topics.map((topic) => this.topic(topic)) });
      const lag: { topic: string; partition: number; lag: number }[] = [];
      for (const topic of topics) {
        const commits = committed.find((entry) => entry.topic === this.topic(topic))?.partitions ?? [];
        for (const partition of lagOf(await admin.fetchTopicOffsets(this.topic(topic)), commits)) lag.push({ topic, ...partition });
      }
      return lag;
    });
  }

  private async withProbeAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
    try {
      if (!this.probeAdmin) {
        this.probeAdmin = this.probeClient.admin();
        await this.probeAdmin.connect();
      }
      return await work(this.probeAdmin);
    } catch (error) {
      const admin = this.probeAdmin;
      this.probeAdmin = undefined;
      await admin?.disconnect().catch(() => undefined);
      throw error;
    }
  }

  topic(name: string): string {
    return `${this.settings.namespace}${name}`;
  }

  group(name: string): string {
    return `${this.settings.namespace}${name}`;
  }

  private connecting: Promise<void> | undefined;

  /** Connects the producer and makes sure every contract topic exists; safe to call from every component. */
  connect(): Promise<void> {
    this.connecting ??= this.open();
    return this.connecting;
  }

  private async open(): Promise<void> {
    const topics = TOPIC_NAMES.map((name) => this.topic(name));
    await this.withAdmin(async (admin) => {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((topic) => !existing.has(topic));
      if (missing.length > 0) {
        // Not waitForLeaders: a broker that has not yet heard of a new topic answers
        // UNKNOWN_TOPIC_OR_PARTITION, which kafkajs treats as fatal. Poll for leaders instead.
        const { partitions, replicationFactor, minInsyncReplicas } = this.settings;
        const configEntries = minInsyncReplicas === undefined ? [] : [{ name: 'min.insync.replicas', value: String(minInsyncReplicas) }];
        await admin.createTopics({
          waitForLeaders: false,
          topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor, configEntries })),
        });
      }
      await untilReady.execute(() => this.everyBrokerKnows(topics));
    });
    await this.producer.connect();
  }

  /**
   * Every listed broker that answers knows every topic and its partitions' leaders. A new topic
   * reaches the brokers of a cluster one by one, and a consumer subscribing through one that has
   * not heard of it yet fails at once (UNKNOWN_TOPIC_OR_PARTITION), so asking one broker is not
   * enough. A broker that does not answer is skipped: the hub starts with one broker down.
   */
  private async everyBrokerKnows(topics: string[]): Promise<void> {
    let answered = 0;
    for (const address of this.settings.brokers) {
      const admin = new Kafka({
        clientId: `${this.settings.clientId}-topics`,
        brokers: [address],
        logLevel: logLevel.NOTHING,
        connectionTimeout: PROBE_TIMEOUT_MS,
        requestTimeout: PROBE_TIMEOUT_MS,
        retry: { retries: 0 },
      }).admin();
      try {
        await admin.connect();
      } catch {
        continue;
      }
      try {
        const metadata = await admin.fetchTopicMetadata({ topics });
        answered += 1;
        const leaderless = metadata.topics.filter((topic) => topic.partitions.length === 0 || topic.partitions.some((partition) => partition.leader < 0));
        if (leaderless.length > 0) throw new Error(`topics without leaders yet on ${address}: ${leaderless.map((topic) => topic.name).join(', ')}`);
        for (const topic of metadata.topics) this.partitionCounts.set(topic.name, topic.partitions.length);
      } finally {
        await admin.disconnect();
      }
    }
    if (answered === 0) throw new Error(`no broker of ${this.settings.brokers.join(',')} answered`);
  }

  async withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }

  async disconnect(): Promise<void> {
    await this.probeAdmin?.disconnect();
    await this.producer.disconnect();
  }
}
