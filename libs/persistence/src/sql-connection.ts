import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Pool, PoolClient, QueryConfig } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PrismaTx } from './prisma';

/** One column of a row to COPY: text as it is (JSON columns take JSON text), a number or a boolean, or NULL. */
export type CopyValue = string | number | boolean | null;

/**
 * The PostgreSQL connection under Prisma, for the bulk paths where Prisma's query building costs
 * most: rows streamed in by COPY, and many rows read in one plain query.
 */
export interface QueryOptions {
  /** The text is one of a fixed few (never built from values): it is prepared once per connection, as templates are. */
  fixed?: boolean;
}

export interface SqlConnection {
  /** Streams the rows into `table (columns)` in one COPY, pacing itself to the connection; answers how many. */
  copyIn(table: string, columns: readonly string[], rows: Iterable<CopyValue[]> | AsyncIterable<CopyValue[]>): Promise<number>;
  query<Row>(text: string, values: unknown[], options?: QueryOptions): Promise<Row[]>;
  /** A statement written as a template, its values sent as parameters: sql.rows`SELECT … WHERE id = ${id}`. */
  rows<Row>(strings: TemplateStringsArray, ...values: unknown[]): Promise<Row[]>;
}

/** Statement names by text: only fixed texts are named (a template's, or one a caller marks as fixed). */
const names = new Map<string, string>();
/** A template's statement text with $1, $2 …, found once per template. */
const templateTexts = new WeakMap<TemplateStringsArray, string>();

/**
 * The statement as a named one. Named, it is parsed once per connection, and PostgreSQL may keep a
 * generic plan after a few runs: planning the hot path's statements anew each time cost PostgreSQL
 * more than running them (pg_stat_statements with track_planning). The name comes from the text,
 * so one text is one statement on any connection.
 */
function named(text: string, values: unknown[]): QueryConfig {
  let name = names.get(text);
  if (!name) {
    name = `rma_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    names.set(text, name);
  }
  return { name, text, values };
}

function fromTemplate(strings: TemplateStringsArray, values: unknown[]): QueryConfig {
  let text = templateTexts.get(strings);
  if (text === undefined) {
    text = strings.reduce((sql, part, index) => (index === 0 ? part : `${sql}$${index}${part}`), '');
    templateTexts.set(strings, text);
  }
  return named(text, values);
}

const statementOf = (text: string, values: unknown[], options?: QueryOptions): QueryConfig | string => (options?.fixed ? named(text, values) : text);

/** The connection a transaction started in this async context was given (see PoolConnections). */
const transactionConnection = new AsyncLocalStorage<{ client?: PoolClient }>();

/** Rows are sent in pieces of about this many characters. */
const CHUNK_CHARS = 64 * 1024;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const NEEDS_ESCAPE = /[\\\n\r\t]/;

/** A value in COPY's text format. */
function field(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\n\r\t]/g, (char) => ESCAPES[char]!) : value;
}

async function copyInto(client: PoolClient, table: string, columns: readonly string[], rows: Iterable<CopyValue[]> | AsyncIterable<CopyValue[]>): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  let count = 0;
  let chunk = '';
  try {
    for await (const row of rows) {
      chunk += `${row.map(field).join('\t')}\n`;
      count += 1;
      if (chunk.length >= CHUNK_CHARS) {
        const more = stream.write(chunk);
        chunk = '';
        if (!more) await once(stream, 'drain');
      }
    }
    stream.end(chunk);
    await finished(stream);
    return count;
  } catch (error) {
    // Aborts the COPY (CopyFail): none of its rows is kept.
    stream.destroy(error as Error);
    await finished(stream).catch(() => undefined);
    throw error;
  }
}

/** The server process behind a client (pg's own field, not in its typings). */
const backendPid = (client: PoolClient) => (client as PoolClient & { processID: number }).processID;

/**
 * The pool's connections by server process id: how the connection a Prisma transaction holds is
 * found, so a COPY runs inside that transaction.
 */
export class PoolConnections {
  private readonly byPid = new Map<number, PoolClient>();

  constructor(private readonly pool: Pool) {
    pool.on('connect', (client) => this.byPid.set(backendPid(client), client));
    pool.on('remove', (client) => this.byPid.delete(backendPid(client)));
    // Prisma begins a transaction on a connection it takes with pool.connect(); taken inside
    // inTransaction's context, that connection is noted there, so no round trip has to find it.
    const connect = pool.connect.bind(pool) as () => Promise<PoolClient>;
    pool.connect = ((...args: unknown[]) => {
      if (args.length > 0) return (connect as (...callback: unknown[]) => unknown)(...args);
      return connect().then((client) => {
        const slot = transactionConnection.getStore();
        if (slot && !slot.client) slot.client = client;
        return client;
      });
    }) as Pool['connect'];
  }

  /** Runs `begin` (which starts a Prisma transaction) so that the connection it takes is known to ofTransaction. */
  inTransaction<T>(begin: (slot: { client?: PoolClient }) => Promise<T>): Promise<T> {
    const slot: { client?: PoolClient } = {};
    return transactionConnection.run(slot, () => begin(slot));
  }

  /** Each statement on a connection of its own, outside any transaction. */
  onPool(): SqlConnection {
    return {
      copyIn: async (table, columns, rows) => {
        const client = await this.pool.connect();
        try {
          const count = await copyInto(client, table, columns, rows);
          client.release();
          return count;
        } catch (error) {
          client.release(error as Error);
          throw error;
        }
      },
      query: async <Row>(text: string, values: unknown[], options?: QueryOptions) => (await this.pool.query(statementOf(text, values, options), values)).rows as Row[],
      rows: async <Row>(strings: TemplateStringsArray, ...values: unknown[]) => (await this.pool.query(fromTemplate(strings, values))).rows as Row[],
    };
  }

  /** The connection `tx` runs on: the one noted in `slot`, or else found once, when first used. */
  ofTransaction(tx: PrismaTx, slot: { client?: PoolClient }): SqlConnection {
    let client: Promise<PoolClient> | undefined;
    const connection = () =>
      (client ??= slot.client ? Promise.resolve(slot.client) : tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`.then(([row]) => {
        const found = this.byPid.get(row!.pid);
        if (!found) throw new Error(`no pooled connection for server process ${row!.pid}`);
        return found;
      }));
    return {
      copyIn: async (table, columns, rows) => copyInto(await connection(), table, columns, rows),
      query: async <Row>(text: string, values: unknown[], options?: QueryOptions) => (await (await connection()).query(statementOf(text, values, options), values)).rows as Row[],
      rows: async <Row>(strings: TemplateStringsArray, ...values: unknown[]) => (await (await connection()).query(fromTemplate(strings, values))).rows as Row[],
    };
  }
}
