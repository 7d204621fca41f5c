import type { SqlConnection } from '../sql-connection';

/** Failed attempts per (consumer, message id), so a message that keeps failing is dead-lettered instead of retried for ever. */
export class MessageAttemptsRepository {
  constructor(private readonly sql: SqlConnection) {}

  /** Counts one more failed attempt with its error; returns how many have failed so far. */
  async recordFailure(consumer: string, messageId: string, error: string): Promise<number> {
    const [row] = await this.sql.rows<{ attempts: number }>`
      INSERT INTO message_attempts (consumer, message_id, attempts, last_error) VALUES (${consumer}, ${messageId}, 1, ${error})
      ON CONFLICT (consumer, message_id) DO UPDATE
        SET attempts = message_attempts.attempts + 1, last_error = EXCLUDED.last_error, updated_at = now()
      RETURNING attempts`;
    return row!.attempts;
  }
}
