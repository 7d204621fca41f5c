import { randomUUID } from 'node:crypto';
import { createTestDatabase, testEnv, type TestDatabase } from '@rma-hub/testing';
import { Database } from './database';
import type { StoredLine } from './repositories/bulk-jobs.repository';

describe('bulk lines through COPY on real PostgreSQL', () => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase(testEnv().postgresUrl);
    db = new Database({ url: database.url, poolSize: 4 });
  });

  afterAll(async () => {
    await db?.disconnect();
    await database?.drop();
  });

  const newJob = async () => {
    const id = randomUUID();
    await db.repositories.bulkJobs.create({ id, partyId: 'reseller-alpha', kind: 'import', format: 'ndjson' });
    return id;
  };
  const storedCount = async (jobId: string) => (await db.repositories.bulkJobs.lines(jobId, 0, 1_000)).length;

  it('stores each line exactly as given, whatever its text holds, and reads them back in order', async () => {
    const jobId = await newJob();
    const lines: StoredLine[] = [
      { lineNo: 1, payload: { failureDescription: 'tab\there, newline\nthere, CR\r, backslash \\ and \\N, quote " and 💥', lines: [{ serial: 'A\\tB' }] }, parseError: null },
      { lineNo: 2, payload: null, parseError: 'not JSON: Unexpected token \\ in "\t"' },
      { lineNo: 4, payload: 'just a string', parseError: null },
      { lineNo: 5, payload: 42, parseError: null },
    ];
    expect(await db.repositories.bulkJobs.appendLines(jobId, lines)).toBe(4);
    expect(await db.repositories.bulkJobs.lines(jobId, 0, 10)).toEqual(lines);
    expect(await db.repositories.bulkJobs.lines(jobId, 2, 1)).toEqual([lines[2]]);
  });

  it('stores none of the lines when their source fails midway, and the connection serves the next statement', async () => {
    const jobId = await newJob();
    async function* failing(): AsyncIterable<StoredLine> {
      for (let lineNo = 1; lineNo <= 3_000; lineNo += 1) yield { lineNo, payload: { reference: `R-${lineNo}` }, parseError: null };
      throw new Error('the upload broke off');
    }
    await expect(db.repositories.bulkJobs.appendLines(jobId, failing())).rejects.toThrow('the upload broke off');
    expect(await storedCount(jobId)).toBe(0);
    expect(await db.repositories.bulkJobs.appendLines(jobId, [{ lineNo: 1, payload: {}, parseError: null }])).toBe(1);
  });

  it('copies inside a transaction on its own connection: kept when it commits, gone when it rolls back', async () => {
    const kept = await newJob();
    const dropped = await newJob();
    const line = (lineNo: number): StoredLine => ({ lineNo, payload: { lineNo }, parseError: null });
    await db.transaction(async (tx) => {
      await tx.bulkJobs.appendLines(kept, [line(1), line(2)]);
      // Before the commit, the transaction sees what it copied and no other connection does.
      expect(await tx.bulkJobs.lines(kept, 0, 10)).toHaveLength(2);
      expect(await storedCount(kept)).toBe(0);
    });
    expect(await storedCount(kept)).toBe(2);
    await expect(
      db.transaction(async (tx) => {
        await tx.bulkJobs.appendLines(dropped, [line(1)]);
        throw new Error('the batch failed');
      }),
    ).rejects.toThrow('the batch failed');
    expect(await storedCount(dropped)).toBe(0);
  });
});
