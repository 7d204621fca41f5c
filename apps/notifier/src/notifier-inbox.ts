import { inboxTransport } from '@rma-hub/messaging';

/** The notifier's consumer group; its handlers are bound to it with `@EventPattern(topic, NOTIFIER_INBOX)`. */
export const NOTIFIER_CONSUMER = 'rma-hub.notifier';
export const NOTIFIER_INBOX = inboxTransport(NOTIFIER_CONSUMER);
