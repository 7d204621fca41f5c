import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createBaselineDatabase } from './baseline-database';
import { bulkTables, type BulkTable } from './bulk-rows';

const INSERT_BATCH = 500;

/** Claims/s of `write`, storing `claims` claims' rows on a fresh database cloned from the migrated template. */
async function timed(postgresUrl: string, claims: number, write: (client: Client, tables: BulkTable[]) => Promise<void>): Promise<number> {
  const database = await createBaselineDatabase(postgresUrl);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const started = performance.now();
    await write(client, bulkTables());
    return claims / ((performance.now() - started) / 1000);
  } finally {
    await client.end();
    await database.drop();
  }
}

/** Plain multi-row INSERTs, 500 claims a transaction, one statement per table. */
export function multiRowInsert(postgresUrl: string, claims: number): Promise<number> {
  return timed(postgresUrl, claims, async (client, tables) => {
    for (let offset = 0; offset < claims; offset += INSERT_BATCH) {
      const batch = Array.from({ length: Math.min(INSERT_BATCH, claims - offset) }, (_, i) => offset + i);
      await client.query('BEGIN');
      for (const table of tables) {
        const width = table.columns.length;
        const values = batch.map((_, i) => `(${table.columns.map((__, k) => `$${i * width + k + 1}`).join(', ')})`);
        await client.query(`INSERT INTO ${table.name} (${table.columns.join(', ')}) VALUES ${values.join(', ')}`, batch.flatMap(table.row));
      }
      await client.query('COMMIT');
    }
  });
}

/** `COPY … FROM STDIN` of every table's rows, streamed, in one transaction: the fastest PostgreSQL loads them. */
export function copyImport(postgresUrl: string, claims: number): Promise<number> {
  return timed(postgresUrl, claims, async (client, tables) => {
    await client.query('BEGIN');
    for (const table of tables) {
      await pipeline(Readable.from(copyText(table, claims)), client.query(copyFrom(`COPY ${table.name} (${table.columns.join(', ')}) FROM STDIN`)));
    }
    await client.query('COMMIT');
  });
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** COPY's text format, a thousand rows a chunk. */
function* copyText(table: BulkTable, claims: number): Generator<string> {
  const field = (value: string | number | null) => {
    if (value === null) return '\\N';
    const text = String(value);
    return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]!) : text;
  };
  for (let offset = 0; offset < claims; offset += 1000) {
    let chunk = '';
    for (let n = offset; n < Math.min(claims, offset + 1000); n += 1) chunk += `${table.row(n).map(field).join('\t')}\n`;
    yield chunk;
  }
}
