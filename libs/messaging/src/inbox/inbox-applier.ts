import { ExponentialBackoff, handleType, retry, type RetryPolicy } from 'cockatiel';
import type { Logger } from 'pino';
import type { TopicName } from '@rma-hub/contracts';
import type { Database, Repositories } from '@rma-hub/persistence';
import { inConsumerSpan, markDeadLettered } from '../consumer-span';
import type { KillPoints } from '../kill-points';
import type { ConsumeOutcome, MessagingObserver } from '../observer';
import type { DecodedMessage } from './decoded-message';
import { InboxContext } from './inbox-context';

/** Thrown by a handler for a message that can never be applied; it is dead-lettered instead of retried. */
export class PermanentMessageError extends Error {}

/** A failed attempt that was counted and is not the last: the message is tried again after a backoff. */
class CountedFailure extends Error {}

/** The longest wait between two attempts, well inside the group's session timeout. */
const MAX_RETRY_DELAY_MS = 5_000;
/** A batch transaction's limit: generous, since the batch size adapts to keep batches well under it. */
const BATCH_TIMEOUT_MS = 30_000;

/** Runs the handler of a message's topic inside the transaction the context carries. */
export type Dispatch = (topic: TopicName, payload: unknown, context: InboxContext) => Promise<void>;

export interface InboxOptions {
  /** Consumer name: the inbox's and the attempt counts' key, and the tracer's name. */
  name: string;
  /**
   * Failed attempts of a message, counted in PostgreSQL per (consumer, message id), after which it is
   * dead-lettered with its last error; the first wait between attempts, doubling up to 5 s.
   */
  attempts: { max: number; firstDelayMs: number };
  observer?: MessagingObserver;
  /** Test-only fault injection: `<name>.mid-batch` SIGKILLs the process inside a batch's open transaction, `<name>.after-commit` between its commit and the offset's. */
  killPoints?: KillPoints;
}

/** Where a partition's messages came from, for the dead letters and the consumer spans. */
export interface PartitionOrigin {
  topic: TopicName;
  /** The topic as on the broker (namespace included). */
  kafkaTopic: string;
  group: string;
  partition: number;
}

/**
 * Applies messages exactly once: each message id is recorded in the inbox in the same transaction
 * as its handler's effect. A partition's messages are applied together, one transaction and one
 * inbox insert for all; when that transaction fails they are applied again one by one, so a failing
 * message cannot fail its neighbours. Alone, a failed transaction is one attempt, counted in
 * `message_attempts` in a statement of its own and tried again after a growing delay; the last
 * allowed attempt dead-letters the message. The count outlives a restart or rebalance. Only when the
 * failure cannot even be counted (PostgreSQL unreachable) does it throw, so Kafka redelivers.
 */
export class InboxApplier {
  private readonly retries: RetryPolicy;

  constructor(
    private readonly db: Database,
    private readonly options: InboxOptions,
    private readonly dispatch: Dispatch,
    private readonly logger: Logger,
  ) {
    this.retries = retry(handleType(CountedFailure), {
      maxAttempts: options.attempts.max,
      backoff: new ExponentialBackoff({ initialDelay: options.attempts.firstDelayMs, maxDelay: MAX_RETRY_DELAY_MS }),
    });
  }

  /** Applies the messages, in order; answers false when they were many and their transaction failed, so they went one by one. */
  async apply(origin: PartitionOrigin, messages: DecodedMessage[], heartbeat: () => Promise<void>): Promise<boolean> {
    if (messages.length > 1) {
      try {
        const outcomes = await this.applyTogether(origin, messages);
        for (const outcome of outcomes) this.options.observer?.consumed(this.options.name, origin.topic, outcome);
        return true;
      } catch (error) {
        this.logger.warn({ err: error, topic: origin.topic, partition: origin.partition, messages: messages.length }, 'batch failed; applying its messages one by one');
      }
    }
    for (const message of messages) {
      const outcome = await inConsumerSpan(this.options.name, { ...originOf(origin), message: message.message }, () => this.applyAlone(origin, message, heartbeat));
      this.options.observer?.consumed(this.options.name, origin.topic, outcome);
    }
    return messages.length === 1;
  }

  private applyTogether(origin: PartitionOrigin, messages: DecodedMessage[]): Promise<ConsumeOutcome[]> {
    return this.db.transaction(
      async (tx) => {
        const ids = messages.flatMap((message) => (message.messageId ? [message.messageId] : []));
        const fresh = await tx.inbox.markManyProcessed(this.options.name, [...new Set(ids)]);
        const outcomes: ConsumeOutcome[] = [];
        for (const message of messages) {
          // A copy of a message met earlier in the batch finds its id already taken.
          if (message.messageId && !fresh.delete(message.messageId)) {
            outcomes.push('duplicate');
            continue;
          }
          outcomes.push(
            await inConsumerSpan(this.options.name, { ...originOf(origin), message: message.message }, async () => {
              if (message.kind === 'poison') return this.deadLetter(tx, origin, message, message.reason);
              await this.dispatch(origin.topic, message.payload, new InboxContext([tx, message.messageId, origin.topic]));
              return 'processed';
            }),
          );
          this.options.killPoints?.reach(`${this.options.name}.mid-batch`);
        }
        return outcomes;
      },
      { timeoutMs: BATCH_TIMEOUT_MS },
    );
  }

  private applyAlone(origin: PartitionOrigin, message: DecodedMessage, heartbeat: () => Promise<void>): Promise<ConsumeOutcome> {
    const { messageId } = message;
    const deadLetterAlone = (reason: string) =>
      this.db.transaction(async (tx): Promise<ConsumeOutcome> => {
        // Recording the id also forgets its counted attempts.
        if (messageId && !(await tx.inbox.markProcessed(this.options.name, messageId))) return 'duplicate';
        return this.deadLetter(tx, origin, message, reason);
      });
    if (message.kind === 'poison') return deadLetterAlone(message.reason);

    const log = { topic: origin.topic, claimId: message.message.key?.toString(), messageId };
    const attempt = () =>
      this.db.transaction(async (tx): Promise<ConsumeOutcome> => {
        if (!(await tx.inbox.markProcessed(this.options.name, message.messageId))) return 'duplicate';
        await this.dispatch(origin.topic, message.payload, new InboxContext([tx, message.messageId, origin.topic]));
        return 'processed';
      });
    return this.retries.execute(async () => {
      await heartbeat();
      try {
        return await attempt();
      } catch (error) {
        if (error instanceof PermanentMessageError) {
          this.logger.error({ ...log, err: error }, 'message dead-lettered');
          return deadLetterAlone(error.message);
        }
        const attempts = await this.countFailure(origin.topic, message.messageId, error);
        if (attempts >= this.options.attempts.max) {
          this.logger.error({ ...log, err: error, attempts }, 'message dead-lettered after its last attempt');
          return deadLetterAlone(`gave up after ${attempts} attempts: ${errorMessage(error)}`);
        }
        this.logger.warn({ ...log, err: error, attempts }, 'message failed; trying it again');
        this.options.observer?.consumed(this.options.name, origin.topic, 'retried');
        throw new CountedFailure(errorMessage(error), { cause: error });
      }
    });
  }

  private async deadLetter(tx: Repositories, origin: PartitionOrigin, { message, messageId }: DecodedMessage, reason: string): Promise<ConsumeOutcome> {
    await tx.deadLetters.add({
      consumer: this.options.name,
      topic: origin.topic,
      partition: origin.partition,
      offset: message.offset,
      key: message.key?.toString() ?? null,
      messageId: messageId ?? null,
      payload: message.value?.toString() ?? '',
      reason,
    });
    markDeadLettered(reason);
    return 'dead_lettered';
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

function originOf(origin: PartitionOrigin): { topic: string; group: string; partition: number } {
  return { topic: origin.kafkaTopic, group: origin.group, partition: origin.partition };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

