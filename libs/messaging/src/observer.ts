import type { TopicName } from '@rma-hub/contracts';

/** What became of a message a consumer took. */
export type ConsumeOutcome = 'processed' | 'duplicate' | 'retried' | 'dead_lettered';

/** Told what the relay and the consumers did, after it is durable (metrics count it). */
export interface MessagingObserver {
  published(topic: TopicName, payload: unknown): void;
  consumed(consumer: string, topic: TopicName, outcome: ConsumeOutcome): void;
}
