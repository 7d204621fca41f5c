/** Kafka header carrying the outbox message id, the key consumers de-duplicate on. */
export const MESSAGE_ID_HEADER = 'message-id';
