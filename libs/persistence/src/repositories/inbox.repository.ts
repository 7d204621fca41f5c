import type { PrismaTx } from '../prisma';

export class InboxRepository {
  constructor(private readonly db: PrismaTx) {}

  /** Records that `consumer` applied `messageId`; false when it already had, so the caller skips the effect. */
  async markProcessed(consumer: string, messageId: string): Promise<boolean> {
    const inserted = await this.db.$executeRaw`
      INSERT INTO processed_messages (consumer, message_id) VALUES (${consumer}, ${messageId})
      ON CONFLICT DO NOTHING`;
    return inserted === 1;
  }

  /** Records a batch of message ids at once; answers those that were new (the others were applied before). */
  async markManyProcessed(consumer: string, messageIds: string[]): Promise<Set<string>> {
    const rows = await this.db.$queryRaw<{ message_id: string }[]>`
      INSERT INTO processed_messages (consumer, message_id) SELECT ${consumer}, id FROM unnest(${messageIds}::text[]) AS t(id)
      ON CONFLICT DO NOTHING
      RETURNING message_id`;
    return new Set(rows.map((row) => row.message_id));
  }
}
