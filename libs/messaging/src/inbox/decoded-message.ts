import type { KafkaMessage } from 'kafkajs';
import { TOPICS, type TopicName } from '@rma-hub/contracts';
import { MESSAGE_ID_HEADER } from '../headers';

/** A message as the inbox sees it: applicable, or poison (dead-lettered as it is, never retried). */
export type DecodedMessage =
  | { kind: 'valid'; message: KafkaMessage; messageId: string; payload: unknown }
  | { kind: 'poison'; message: KafkaMessage; messageId: string | undefined; reason: string };

/** Reads the message id header and checks the payload against its topic's contract. */
export function decodeMessage(topic: TopicName, message: KafkaMessage): DecodedMessage {
  const messageId = message.headers?.[MESSAGE_ID_HEADER]?.toString();
  if (!messageId) return { kind: 'poison', message, messageId, reason: `missing ${MESSAGE_ID_HEADER} header` };
  const parsed = TOPICS[topic].safeParse(safeJson(message.value?.toString() ?? ''));
  if (!parsed.success) return { kind: 'poison', message, messageId, reason: `payload breaks the ${topic} contract: ${parsed.error.message}` };
  return { kind: 'valid', message, messageId, payload: parsed.data };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
