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

export interface DeadLetterRecord extends NewDeadLetter {
  id: string;
  createdAt: Date;
  replayedAt: Date | null;
}

export class DeadLettersRepository {
  constructor(private readonly db: PrismaTx) {}

  async add(letter: NewDeadLetter): Promise<void> {
    await this.db.deadLetter.create({ data: letter });
  }

  /** Newest first, one page at a time (`before` is the last id of the previous page). */
  async list(filter: { consumer?: string; before?: string; limit: number }): Promise<DeadLetterRecord[]> {
    const cursor = filter.before ? await this.db.deadLetter.findUnique({ where: { id: filter.before }, select: { createdAt: true } }) : null;
    return this.db.deadLetter.findMany({
      where: {
        ...(filter.consumer ? { consumer: filter.consumer } : {}),
        ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: filter.before } }] } : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: filter.limit,
    });
  }

  /** Locks the letter for its replay; null when there is no such letter. */
  async lock(id: string): Promise<DeadLetterRecord | null> {
    await this.db.$executeRaw`SELECT 1 FROM dead_letters WHERE id = ${id}::uuid FOR UPDATE`;
    return this.db.deadLetter.findUnique({ where: { id } });
  }

  async markReplayed(id: string): Promise<Date> {
    const replayedAt = new Date();
    await this.db.deadLetter.update({ where: { id }, data: { replayedAt } });
    return replayedAt;
  }
}
