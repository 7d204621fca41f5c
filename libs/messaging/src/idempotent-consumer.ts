import { ExponentialBackoff, handleType, retry, type RetryPolicy } from 'cockatiel';
import type { Consumer, KafkaMessage } from 'kafkajs';
import type { Logger } from 'pino';
import { TOPICS, type TopicName, type TopicPayload } from '@rma-hub/contracts';
import type { Database, Repositories } from '@rma-hub/persistence';
import { inConsumerSpan, markDeadLettered } from './consumer-span';
import { MESSAGE_ID_HEADER } from './headers';
import type { KafkaConnection } from './kafka-connection';
import type { KillPoints } from './kill-points';
import type { ConsumeOutcome, MessagingObserver } from './observer';

export interface MessageContext {
  tx: Repositories;
  messageId: string;
  topic: TopicName;
}

export type MessageHandler<T extends TopicName> = (payload: TopicPayload<T>, context: MessageContext) => Promise<void>;

export type HandlerMap = { [T in TopicName]?: MessageHandler<T> };

/** Where a consumer is in its group's life; only `joined` takes messages. */
export type ConsumerStatus = 'starting' | 'joined' | 'rebalancing' | 'crashed' | 'stopped';

export interface ConsumerState {
  status: ConsumerStatus;
  /** Why it is not joined, when known (the crash's error). */
  reason?: string;
}

/** Thrown by a handler for a message that can never be applied; it is dead-lettered instead of retried. */
export class PermanentMessageError extends Error {}

/** A failed attempt that was counted and is not the last: the message is tried again after a backoff. */
class CountedFailure extends Error {}

/** The longest wait between two attempts, well inside the group's session timeout. */
const MAX_RETRY_DELAY_MS = 5_000;

export interface IdempotentConsumerOptions {
  /** Consumer group and inbox name, e.g. "rma-hub.router". */
  name: string;
  handlers: HandlerMap;
  /** Test-only fault injection: `<name>.after-commit` SIGKILLs the process between the effect's commit and the offset's. */
  killPoints?: KillPoints;
  /** Told each message's outcome once it is durable (or, for a retry, once it failed). */
  observer?: MessagingObserver;
  /**
   * Failed attempts of a message, counted in PostgreSQL per (consumer, message id), after which it is
   * dead-lettered with its last error; the first wait between attempts, doubling up to 5 s.
   */
  attempts: { max: number; firstDelayMs: number };
}

/**
 * Consumes contract topics with effects applied exactly once: the message id is recorded in the
 * inbox in the same transaction as the handler's effect, and the offset is committed only after
 * that transaction (or a dead letter) is durable. A failed handler transaction is one attempt,
 * counted in `message_attempts` in a statement of its own and tried again in-process after a
 * growing delay; the last allowed attempt dead-letters the message, so its partition moves on. The
 * count outlives a restart or rebalance (a redelivered message goes on counting). Only when the
 * failure cannot even be counted (PostgreSQL unreachable) does it throw, so Kafka redelivers.
 */
export class IdempotentConsumer {
  private readonly consumer: Consumer;
  private readonly retries: RetryPolicy;

  constructor(
    private readonly connection: KafkaConnection,
    private readonly db: Database,
    private readonly options: IdempotentConsumerOptions,
    private readonly logger: Logger,
  ) {
    this.consumer = connection.kafka.consumer({
      groupId: connection.group(options.name),
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      retry: { initialRetryTime: 300, retries: 10 },
    });
    this.retries = retry(handleType(CountedFailure), {
      maxAttempts: options.attempts.max,
      backoff: new ExponentialBackoff({ initialDelay: options.attempts.firstDelayMs, maxDelay: MAX_RETRY_DELAY_MS }),
    });
    this.followGroupMembership();
  }

  private current: ConsumerState = { status: 'starting' };

  /** The consumer's standing in its group, as kafkajs last reported it. */
  state(): ConsumerState {
    return this.current;
  }

  private followGroupMembership(): void {
    const { GROUP_JOIN, REBALANCING, CRASH, STOP } = this.consumer.events;
    this.consumer.on(GROUP_JOIN, () => (this.current = { status: 'joined' }));
    this.consumer.on(REBALANCING, () => (this.current = { status: 'rebalancing' }));
    this.consumer.on(STOP, () => (this.current = { status: 'stopped' }));
    // kafkajs restarts a consumer after a retriable crash; it reports GROUP_JOIN again once back.
    this.consumer.on(CRASH, ({ payload }) => {
      const reason = payload.error.message;
      this.current = { status: 'crashed', reason: payload.restart ? `${reason} (restarting)` : reason };
    });
  }

  async start(): Promise<void> {
    const topics = Object.keys(this.options.handlers) as TopicName[];
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: topics.map((topic) => this.connection.topic(topic)), fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      // Partitions are independent (a claim's messages share one), so they are worked on side by side.
      partitionsConsumedConcurrently: this.connection.settings.partitions,
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        const logical = topics.find((name) => this.connection.topic(name) === topic);
        if (!logical) throw new Error(`no handler for topic ${topic}`);
        const group = this.connection.group(this.options.name);
        const outcome = await inConsumerSpan(this.options.name, { topic, group, partition, message }, () => this.handle(logical, partition, message, heartbeat));
        this.options.observer?.consumed(this.options.name, logical, outcome);
        this.options.killPoints?.reach(`${this.options.name}.after-commit`);
        await this.consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
        await heartbeat();
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  private async handle(topic: TopicName, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<ConsumeOutcome> {
    const messageId = message.headers?.[MESSAGE_ID_HEADER]?.toString();
    const raw = message.value?.toString() ?? '';
    const claimId = message.key?.toString();
    const deadLetter = (reason: string): Promise<ConsumeOutcome> =>
      this.db.transaction(async (tx) => {
        if (messageId && !(await tx.inbox.markProcessed(this.options.name, messageId))) return 'duplicate';
        if (messageId) await tx.messageAttempts.clear(this.options.name, messageId);
        await tx.deadLetters.add({
          consumer: this.options.name,
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          messageId: messageId ?? null,
          payload: raw,
          reason,
        });
        markDeadLettered(reason);
        return 'dead_lettered';
      });

    if (!messageId) return deadLetter(`missing ${MESSAGE_ID_HEADER} header`);
    const parsed = TOPICS[topic].safeParse(safeJson(raw));
    if (!parsed.success) return deadLetter(`payload breaks the ${topic} contract: ${parsed.error.message}`);

    const handler = this.options.handlers[topic] as MessageHandler<TopicName>;
    const apply = () =>
      this.db.transaction(async (tx): Promise<ConsumeOutcome> => {
        if (!(await tx.inbox.markProcessed(this.options.name, messageId))) return 'duplicate';
        await handler(parsed.data, { tx, messageId, topic });
        await tx.messageAttempts.clear(this.options.name, messageId);
        return 'processed';
      });
    return this.retries.execute(async () => {
      await heartbeat();
      try {
        return await apply();
      } catch (error) {
        if (error instanceof PermanentMessageError) {
          this.logger.error({ err: error, topic, claimId, messageId }, 'message dead-lettered');
          return deadLetter(error.message);
        }
        const attempts = await this.countFailure(topic, messageId, error);
        const log = { err: error, topic, claimId, messageId, attempts };
        if (attempts >= this.options.attempts.max) {
          this.logger.error(log, 'message dead-lettered after its last attempt');
          return deadLetter(`gave up after ${attempts} attempts: ${errorMessage(error)}`);
        }
        this.logger.warn(log, 'message failed; trying it again');
        this.options.observer?.consumed(this.options.name, topic, 'retried');
        throw new CountedFailure(errorMessage(error), { cause: error });
      }
    });
  }

  /** Counts a failed attempt; when even that fails (PostgreSQL unreachable), throws so Kafka redelivers the message. */
  private async countFailure(topic: TopicName, messageId: string, error: unknown): Promise<number> {
    try {
      return await this.db.repositories.messageAttempts.recordFailure(this.options.name, messageId, errorMessage(error));
    } catch (recordError) {
      this.logger.warn({ err: error, recordError, topic, messageId }, 'message failed and the attempt cannot be counted; Kafka will redeliver it');
      this.options.observer?.consumed(this.options.name, topic, 'retried');
      throw error;
    }
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
