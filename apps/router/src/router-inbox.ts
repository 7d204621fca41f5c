import { inboxTransport } from '@rma-hub/messaging';

/** The router's consumer group; its handlers are bound to it with `@EventPattern(topic, ROUTER_INBOX)`. */
export const ROUTER_CONSUMER = 'rma-hub.router';
export const ROUTER_INBOX = inboxTransport(ROUTER_CONSUMER);
