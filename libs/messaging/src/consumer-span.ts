import { propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type TextMapGetter } from '@opentelemetry/api';
import type { IHeaders, KafkaMessage } from 'kafkajs';
import { inSpan } from '@rma-hub/persistence';
import { MESSAGE_ID_HEADER } from './headers';

/** Reads W3C Trace Context from Kafka headers, whose values arrive as Buffers. */
export const kafkaHeaderGetter: TextMapGetter<IHeaders> = {
  keys: (headers) => Object.keys(headers),
  get: (headers, key) => {
    const value = headers[key];
    return (Array.isArray(value) ? value[0] : value)?.toString();
  },
};

export interface ConsumedMessage {
  /** The Kafka topic as on the broker (namespace included). */
  topic: string;
  group: string;
  partition: number;
  message: KafkaMessage;
}

/**
 * Runs a message's handling in a CONSUMER span `<topic> process` of the consumer's tracer, child of
 * the trace context the message carries, so what the handler writes (outbox rows, queued work)
 * carries the trace on. The message key is the claim id. A failure is recorded on the span and thrown on.
 */
export function inConsumerSpan<T>(tracerName: string, { topic, group, partition, message }: ConsumedMessage, work: () => Promise<T>): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, message.headers ?? {}, kafkaHeaderGetter);
  const messageId = message.headers?.[MESSAGE_ID_HEADER]?.toString();
  const claimId = message.key?.toString();
  const attributes = {
    'messaging.system': 'kafka',
    'messaging.operation.type': 'process',
    'messaging.destination.name': topic,
    'messaging.destination.partition.id': String(partition),
    'messaging.consumer.group.name': group,
    'messaging.kafka.offset': Number(message.offset),
    ...(messageId ? { 'messaging.message.id': messageId } : {}),
    ...(claimId ? { 'messaging.kafka.message.key': claimId, 'rma_hub.claim_id': claimId } : {}),
  };
  return inSpan(tracerName, `${topic} process`, { kind: SpanKind.CONSUMER, attributes }, parent, work);
}

/** Marks the active span failed: its message was dead-lettered rather than applied. */
export function markDeadLettered(reason: string): void {
  trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: `dead-lettered: ${reason}` });
}
