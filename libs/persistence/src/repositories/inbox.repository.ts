import type { SqlConnection } from '../sql-connection';

export class InboxRepository {
  constructor(private readonly sql: SqlConnection) {}

  /** Records that `consumer` applied `messageId` (forgetting its failed attempts); false when it already had, so the caller skips the effect. */
  async markProcessed(consumer: string, messageId: string): Promise<boolean> {
    return (await this.markManyProcessed(consumer, [messageId])).has(messageId);
  }

  /**
   * Records a batch of message ids at once and forgets their failed attempts (message_attempts), in
   * one statement; answers the ids that were new (the others were applied before). In the batch's
   * transaction, so a batch rolled back keeps its counts.
   */
  async markManyProcessed(consumer: string, messageIds: string[]): Promise<Set<string>> {
    const rows = await this.sql.rows<{ message_id: string }>`
      WITH forgotten AS (DELETE FROM message_attempts WHERE consumer = ${consumer} AND message_id = ANY(${messageIds}::text[]))
      INSERT INTO processed_messages (consumer, message_id) SELECT ${consumer}, id FROM unnest(${messageIds}::text[]) AS t(id)
      ON CONFLICT DO NOTHING
      RETURNING message_id`;
    return new Set(rows.map((row) => row.message_id));
  }
}
