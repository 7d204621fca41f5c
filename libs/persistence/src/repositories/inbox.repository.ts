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
}
