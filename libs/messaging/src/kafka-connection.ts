import { Kafka, logLevel, Partitioners, type Admin, type LogEntry, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { ConstantBackoff, handleAll, retry } from 'cockatiel';
import { TOPIC_NAMES } from '@rma-hub/contracts';
import { lagOf } from './consumer-lag';

const PROBE_TIMEOUT_MS = 2_000;

/** New topics take a moment to get partition leaders on every broker; poll for up to ~30 s. */
const untilReady = retry(handleAll, { maxAttempts: 150, backoff: new ConstantBackoff(200) });

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic and consumer group, so several hubs (or test runs) can share one cluster. */
  namespace: string;
  partitions: number;
  replicationFactor: number;
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
        await admin.createTopics({
          waitForLeaders: false,
          topics: missing.map((topic) => ({ topic, numPartitions: this.settings.partitions, replicationFactor: this.settings.replicationFactor })),
        });
      }
      await untilReady.execute(async () => {
        const metadata = await admin.fetchTopicMetadata({ topics });
        const leaderless = metadata.topics.filter((topic) => topic.partitions.length === 0 || topic.partitions.some((partition) => partition.leader < 0));
        if (leaderless.length > 0) throw new Error(`topics without leaders yet: ${leaderless.map((topic) => topic.name).join(', ')}`);
      });
    });
    await this.producer.connect();
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
