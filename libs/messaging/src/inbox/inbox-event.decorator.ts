import { applyDecorators, UseFilters } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import type { TopicName, TopicPayload } from '@rma-hub/contracts';
import type { MessageContext } from './inbox-context';
import { PropagateToInbox } from './propagate-errors.filter';

type InboxHandlerDescriptor<T extends TopicName> = TypedPropertyDescriptor<(payload: TopicPayload<T>, context: MessageContext) => Promise<void>>;

/**
 * `@EventPattern(topic, inbox)`, typed: the handler takes the topic's contract payload and the
 * inbox's context, and belongs to the consumer group of `inbox` (see inboxTransport). Its errors
 * reach the transport as thrown (PropagateToInbox).
 */
export function InboxEvent<T extends TopicName>(topic: T, inbox: symbol): (target: object, key: string | symbol, descriptor: InboxHandlerDescriptor<T>) => void {
  return applyDecorators(EventPattern<string>(topic, inbox), UseFilters(PropagateToInbox));
}
