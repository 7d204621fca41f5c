import type { PrismaTx } from '../prisma';

export interface NewDeadLetter {
  consumer: string;
  topic: string;
  partition: number | null;
  offset: string | null;
  key: string | null;
  messageId: string | null;
  payload: string;
  reason: string;
}

export class DeadLettersRepository {
  constructor(private readonly db: PrismaTx) {}

  async add(letter: NewDeadLetter): Promise<void> {
    await this.db.deadLetter.create({ data: letter });
  }

  list(consumer?: string) {
    return this.db.deadLetter.findMany({ where: consumer ? { consumer } : {}, orderBy: { createdAt: 'asc' } });
  }
}
