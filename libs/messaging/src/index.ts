export { MESSAGE_ID_HEADER } from './headers';
export { PermanentMessageError, type InboxOptions } from './inbox/inbox-applier';
export { InboxContext, type MessageContext } from './inbox/inbox-context';
export { inboxTransport, InboxTransport, type ConsumerState, type ConsumerStatus, type InboxTransportOptions } from './inbox/inbox-transport';
export { InboxEvent } from './inbox/inbox-event.decorator';
export { KafkaConnection, type KafkaSettings } from './kafka-connection';
export { isKillPoint, KillPoints, type KillPoint } from './kill-points';
export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
export type { ConsumeOutcome, MessagingObserver } from './observer';
