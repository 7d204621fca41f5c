import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { Consumer, EachBatchPayload } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import type { Logger } from 'pino';
import type { TopicName } from '@rma-hub/contracts';
import type { Database } from '@rma-hub/persistence';
import type { KafkaConnection } from '../kafka-connection';
import { AdaptiveBatchSize } from './batch-size';
import { decodeMessage } from './decoded-message';
import { InboxApplier, type InboxOptions, type PartitionOrigin } from './inbox-applier';
import type { InboxContext } from './inbox-context';

/** Where a consumer is in its group's life; only `joined` takes messages. */
export type ConsumerStatus = 'starting' | 'joined' | 'rebalancing' | 'crashed' | 'stopped';

export interface ConsumerState {
  status: ConsumerStatus;
  /** Why it is not joined, when known (the crash's error). */
  reason?: string;
}

export interface InboxTransportOptions extends InboxOptions {
  /** The most messages of a partition applied in one transaction, and the time one such transaction should stay under. */
  batch: { max: number; targetMs: number };
}

/** The transport id of a consumer group: `@EventPattern(topic, inboxTransport(name))` binds a handler to that group. */
export function inboxTransport(name: string): symbol {
  return Symbol.for(`rma-hub.inbox:${name}`);
}

/**
 * A Nest microservice transport over Kafka with an inbox: one consumer group, whose
 * `@EventPattern(topic, inboxTransport(name))` handlers get each message validated against its
 * contract, with the transaction of its effect in the `@Ctx()`. A partition's messages are applied in
 * batches (InboxApplier), each batch's offset committed only once its effects are durable.
 */
export class InboxTransport extends Server implements CustomTransportStrategy {
  override readonly transportId: symbol;
  private consumer: Consumer | undefined;
  private current: ConsumerState = { status: 'starting' };
  private readonly applier: InboxApplier;
  private readonly batchSizes = new Map<number, AdaptiveBatchSize>();

  constructor(
    private readonly connection: KafkaConnection,
    db: Database,
    private readonly options: InboxTransportOptions,
    logger: Logger,
  ) {
    super();
    this.transportId = inboxTransport(options.name);
    this.applier = new InboxApplier(db, options, (topic, payload, context) => this.dispatch(topic, payload, context), logger);
  }

  /** The consumer's standing in its group, as kafkajs last reported it. */
  state(): ConsumerState {
    return this.current;
  }

  /** The contract topics this group's handlers take. */
  topics(): TopicName[] {
    return [...this.messageHandlers.keys()] as TopicName[];
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(() => callback(), callback);
  }

  async close(): Promise<void> {
    await this.consumer?.disconnect();
  }

  on(): never {
    throw new Error('the inbox transport has no events to listen to; read state() instead');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async start(): Promise<void> {
    const topics = this.topics();
    await this.connection.connect();
    const consumer = this.connection.kafka.consumer({
      groupId: this.connection.group(this.options.name),
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      retry: { initialRetryTime: 300, retries: 10 },
    });
    this.consumer = consumer;
    this.followGroupMembership(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: topics.map((topic) => this.connection.topic(topic)), fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      // Offsets are resolved by hand, once committed: a batch cut short (rebalance, stop) is fetched again from there.
      eachBatchAutoResolve: false,
      // Partitions are independent (a claim's messages share one), so they are worked on side by side.
      partitionsConsumedConcurrently: this.connection.settings.partitions,
      eachBatch: (payload) => this.consumeBatch(topics, payload),
    });
  }

  private async consumeBatch(topics: TopicName[], { batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const topic = topics.find((name) => this.connection.topic(name) === batch.topic);
    if (!topic) throw new Error(`no handler for topic ${batch.topic}`);
    const origin: PartitionOrigin = { topic, kafkaTopic: batch.topic, group: this.connection.group(this.options.name), partition: batch.partition };
    const size = this.batchSizeOf(batch.partition);
    let next = 0;
    while (next < batch.messages.length && isRunning() && !isStale()) {
      const chunk = batch.messages.slice(next, next + size.current);
      const started = performance.now();
      const together = await this.applier.apply(origin, chunk.map((message) => decodeMessage(topic, message)), heartbeat);
      if (together) size.committed(chunk.length, performance.now() - started);
      else size.failed();
      this.options.killPoints?.reach(`${this.options.name}.after-commit`);
      const last = chunk.at(-1)!.offset;
      await this.consumer!.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
      resolveOffset(last);
      await heartbeat();
      next += chunk.length;
    }
  }

  private batchSizeOf(partition: number): AdaptiveBatchSize {
    let size = this.batchSizes.get(partition);
    if (!size) this.batchSizes.set(partition, (size = new AdaptiveBatchSize(this.options.batch)));
    return size;
  }

  private async dispatch(topic: TopicName, payload: unknown, context: InboxContext): Promise<void> {
    // By the topic itself: Nest's getHandlerByPattern first tries the pattern as JSON, and a thrown parse error per message showed in the profile.
    const handler = this.messageHandlers.get(topic);
    if (!handler) throw new Error(`no handler for ${topic}`);
    const result: unknown = await handler(payload, context);
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }

  private followGroupMembership(consumer: Consumer): void {
    const { GROUP_JOIN, REBALANCING, CRASH, STOP } = consumer.events;
    consumer.on(GROUP_JOIN, () => (this.current = { status: 'joined' }));
    consumer.on(REBALANCING, () => (this.current = { status: 'rebalancing' }));
    consumer.on(STOP, () => (this.current = { status: 'stopped' }));
    // kafkajs restarts a consumer after a retriable crash; it reports GROUP_JOIN again once back.
    consumer.on(CRASH, ({ payload }) => {
      const reason = payload.error.message;
      this.current = { status: 'crashed', reason: payload.restart ? `${reason} (restarting)` : reason };
    });
  }
}
