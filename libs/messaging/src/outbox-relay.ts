import type { Logger } from 'pino';
import { OUTBOX_CHANNEL, RELAY_LEADER_LOCK_ID, type ChannelListener, type Database } from '@rma-hub/persistence';
import type { KafkaConnection } from './kafka-connection';
import type { KillPoints } from './kill-points';
import { MESSAGE_ID_HEADER } from './headers';
import type { MessagingObserver } from './observer';

export interface OutboxRelayOptions {
  /** Off: this process writes outbox rows and leaves publishing them to the relays of other processes. */
  enabled?: boolean;
  /** The fallback when no notification arrives (a NOTIFY is lost while the listening connection is down). */
  pollIntervalMs: number;
  /** The least time between two batches, so a burst of commits wakes the relay once, not once a commit. */
  lingerMs: number;
  batchSize: number;
  /** Test-only fault injection: `relay.after-publish` SIGKILLs the process between the batch's send and its rows' marking. */
  killPoints?: KillPoints;
}

/**
 * Publishes outbox rows to Kafka in commit order, keyed by the row's key (the claim id), and marks
 * them published. A crash between send and mark re-sends the batch; consumers drop the duplicates
 * by message id, so delivery is at-least-once and effects exactly-once. One relay of all the
 * processes (the one whose listening connection holds the relay lock) is woken by the outbox's
 * NOTIFY at each commit; every relay polls besides, so another takes over when that one stops.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  /** A notification arrived while a batch was being published: look again as soon as it is done. */
  private woken = false;
  private listener: ChannelListener | undefined;

  constructor(
    private readonly db: Database,
    private readonly connection: KafkaConnection,
    private readonly options: OutboxRelayOptions,
    private readonly logger: Logger,
    private readonly observer?: MessagingObserver,
  ) {}

  async start(): Promise<void> {
    if (this.options.enabled === false) return;
    this.stopped = false;
    this.listener = this.db.listener(OUTBOX_CHANNEL, {
      exclusiveLockId: RELAY_LEADER_LOCK_ID,
      onNotify: () => this.wake(),
      onError: (error) => this.logger.warn({ err: error }, 'outbox relay lost its notification connection; polling until it is back'),
    });
    await this.listener.start();
    this.schedule(0);
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.woken = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(this.options.lingerMs);
  }

  /** Stops polling, then publishes once more what the service's last work wrote (a failure leaves it for the next relay). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    await this.listener?.stop();
    await this.running;
    await this.publishBatch().catch((error: unknown) => this.logger.warn({ err: error }, 'outbox relay could not publish on shutdown; another relay will'));
  }

  /** Publishes one batch; returns how many messages went out (0 when idle or another relay holds the lock). */
  async publishBatch(): Promise<number> {
    return (await this.publishOnce()).sent;
  }

  /** One batch; `lockedOut` when another relay was publishing, so what was just committed may still wait. */
  private async publishOnce(): Promise<{ sent: number; lockedOut: boolean }> {
    let lockedOut = false;
    const published = await this.db.transaction(
      async (tx) => {
        if (!(await tx.outbox.tryLockRelay())) {
          lockedOut = true;
          return [];
        }
        const batch = await tx.outbox.pending(this.options.batchSize);
        if (batch.length === 0) return [];
        const byTopic = Map.groupBy(batch, (message) => message.topic);
        await this.connection.sendBatch(
          [...byTopic].map(([topic, messages]) => ({
            topic: this.connection.topic(topic),
            messages: messages.map((message) => ({
              key: message.key,
              value: JSON.stringify(message.payload),
              // The row's trace context (traceparent) travels beside the message id, so the consumer joins the trace.
              headers: { ...message.headers, [MESSAGE_ID_HEADER]: message.id },
              timestamp: String(message.createdAt.getTime()),
            })),
          })),
        );
        this.options.killPoints?.reach('relay.after-publish');
        await tx.outbox.markPublished(batch.map((message) => message.id));
        return batch;
      },
      { timeoutMs: 60_000 },
    );
    for (const message of published) this.observer?.published(message.topic, message.payload);
    return { sent: published.length, lockedOut };
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.woken = false;
      this.running = this.publishOnce()
        .then(({ sent, lockedOut }) => {
          this.running = undefined;
          // The listening relay looks again soon when another was publishing: rows it was woken for may have missed that batch.
          const more = sent === this.options.batchSize || this.woken || (lockedOut && this.listener?.active === true);
          this.schedule(more ? this.options.lingerMs : this.options.pollIntervalMs);
        })
        .catch((error: unknown) => {
          this.running = undefined;
          this.logger.warn({ err: error }, 'outbox relay could not publish; will retry');
          this.schedule(Math.max(this.options.pollIntervalMs, 1_000));
        });
    }, delayMs);
  }
}
