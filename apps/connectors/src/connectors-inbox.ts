import { inboxTransport } from '@rma-hub/messaging';

/** The connectors' consumer group; its handlers are bound to it with `@EventPattern(topic, CONNECTORS_INBOX)`. */
export const CONNECTORS_CONSUMER = 'rma-hub.connectors';
export const CONNECTORS_INBOX = inboxTransport(CONNECTORS_CONSUMER);
