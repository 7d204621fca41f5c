import { z } from 'zod';
import type { PrismaTx } from '../prisma';

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  body: unknown;
}

export class IdempotencyRepository {
  constructor(private readonly db: PrismaTx) {}

  async find(partyId: string, key: string): Promise<StoredResponse | null> {
    const row = await this.db.idempotencyRecord.findUnique({ where: { partyId_key: { partyId, key } } });
    return row && { requestHash: row.requestHash, statusCode: row.statusCode, body: z.json().parse(row.response) };
  }

  /** Fails with a unique violation when a concurrent request stored the same key first. */
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
