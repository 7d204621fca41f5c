export { MESSAGE_ID_HEADER } from './headers';
export {
  IdempotentConsumer,
  PermanentMessageError,
  type ConsumerState,
  type ConsumerStatus,
  type HandlerMap,
  type IdempotentConsumerOptions,
  type MessageContext,
  type MessageHandler,
} from './idempotent-consumer';
export { KafkaConnection, type KafkaSettings } from './kafka-connection';
export { isKillPoint, KillPoints, type KillPoint } from './kill-points';
export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
export type { ConsumeOutcome, MessagingObserver } from './observer';
