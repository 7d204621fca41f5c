import { z } from 'zod';
import type { PrismaTx } from '../prisma';

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  body: unknown;
}

export class IdempotencyRepository {
  constructor(private readonly db: PrismaTx) {}

  /** Serialises requests with the same key until the surrounding transaction ends. */
  async lock(partyId: string, key: string): Promise<void> {
    await this.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${partyId}\n${key}`}, 0))`;
  }

  async find(partyId: string, key: string): Promise<StoredResponse | null> {
    const row = await this.db.idempotencyRecord.findUnique({ where: { partyId_key: { partyId, key } } });
    return row && { requestHash: row.requestHash, statusCode: row.statusCode, body: z.json().parse(row.response) };
  }

  async save(partyId: string, key: string, response: StoredResponse): Promise<void> {
    await this.db.idempotencyRecord.create({
      data: {
        partyId,
        key,
        requestHash: response.requestHash,
        statusCode: response.statusCode,
        response: response.body as object,
      },
    });
  }
}
