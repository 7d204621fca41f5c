import { z } from 'zod';
import type { SqlConnection } from '../sql-connection';

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  body: unknown;
}

export class IdempotencyRepository {
  constructor(private readonly sql: SqlConnection) {}

  /** Serialises requests with the same key until the surrounding transaction ends. */
  async lock(partyId: string, key: string): Promise<void> {
    await this.sql.rows`SELECT pg_advisory_xact_lock(hashtextextended(${`${partyId}\n${key}`}, 0))`;
  }

  /**
   * The response stored for the key, if it was stored less than `ttlMs` ago (on the database's
   * clock). An older record has expired: it counts as absent, whether or not the retention job
   * has deleted it yet, so the key is a new key again.
   */
  async find(partyId: string, key: string, ttlMs: number): Promise<StoredResponse | null> {
    const [row] = await this.sql.rows<{ request_hash: string; status_code: number; response: unknown }>`
      SELECT request_hash, status_code, response FROM idempotency_records
      WHERE party_id = ${partyId} AND key = ${key} AND created_at >= now() - make_interval(secs => ${ttlMs / 1000})`;
    return row ? { requestHash: row.request_hash, statusCode: row.status_code, body: z.json().parse(row.response) } : null;
  }

  /** Stores the key's response, replacing an expired record of the same key (callers hold `lock` and found none live). */
  async save(partyId: string, key: string, response: StoredResponse): Promise<void> {
    await this.sql.rows`
      INSERT INTO idempotency_records (party_id, key, request_hash, status_code, response, created_at)
      VALUES (${partyId}, ${key}, ${response.requestHash}, ${response.statusCode}, ${JSON.stringify(response.body ?? null)}::jsonb, now())
      ON CONFLICT (party_id, key) DO UPDATE
        SET request_hash = EXCLUDED.request_hash, status_code = EXCLUDED.status_code, response = EXCLUDED.response, created_at = EXCLUDED.created_at`;
  }

  /** Deletes the key's record if it still is the one given: a claim on work that was then refused and undone. */
  async forget(partyId: string, key: string, record: { requestHash: string; body: unknown }): Promise<void> {
    await this.sql.rows`
      DELETE FROM idempotency_records
      WHERE party_id = ${partyId} AND key = ${key} AND request_hash = ${record.requestHash} AND response = ${JSON.stringify(record.body ?? null)}::jsonb`;
  }
}
