import type { SqlConnection } from '../sql-connection';

export class InboxRepository {
  constructor(private readonly sql: SqlConnection) {}

  /** Records that `consumer` applied `messageId`; false when it already had, so the caller skips the effect. */
  async markProcessed(consumer: string, messageId: string): Promise<boolean> {
    return (await this.markManyProcessed(consumer, [messageId])).has(messageId);
  }

  /** Records a batch of message ids at once; answers those that were new (the others were applied before). */
  async markManyProcessed(consumer: string, messageIds: string[]): Promise<Set<string>> {
    const rows = await this.sql.rows<{ message_id: string }>`
      INSERT INTO processed_messages (consumer, message_id) SELECT ${consumer}, id FROM unnest(${messageIds}::text[]) AS t(id)
      ON CONFLICT DO NOTHING
      RETURNING message_id`;
    return new Set(rows.map((row) => row.message_id));
  }
}
