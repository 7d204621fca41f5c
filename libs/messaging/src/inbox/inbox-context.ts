import { BaseRpcContext } from '@nestjs/microservices';
import type { TopicName } from '@rma-hub/contracts';
import type { Repositories } from '@rma-hub/persistence';

/** What a handler is given beside the payload: the transaction its effect must be written in. */
export interface MessageContext {
  tx: Repositories;
  messageId: string;
  topic: TopicName;
}

/** The `@Ctx()` of an inbox handler: the batch's transaction (the inbox row commits with the effect) and the message's id. */
export class InboxContext extends BaseRpcContext<[Repositories, string, TopicName]> implements MessageContext {
  get tx(): Repositories {
    return this.args[0];
  }

  get messageId(): string {
    return this.args[1];
  }

  get topic(): TopicName {
    return this.args[2];
  }
}
