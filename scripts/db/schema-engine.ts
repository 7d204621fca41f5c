/**
 * Prisma's official WebAssembly schema engine (@prisma/schema-engine-wasm), driven through the
 * pg driver adapter. Stands in for the native schema-engine binary that the Prisma CLI would
 * download; it writes the same `_prisma_migrations` table, so `prisma migrate deploy` stays usable.
 *
 * The package's ESM entry imports the .wasm file directly, which Node does not support, so the
 * wasm-bindgen glue (schema_engine_bg.js) is loaded and wired to the module by hand.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type * as Glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import { Client, type FieldDef, Pool, type PoolConfig } from 'pg';

export type {
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from '@prisma/schema-engine-wasm/schema_engine_bg';

type GlueModule = typeof Glue & Record<string, unknown>;

/** The parts of the WebAssembly JS API used here (its types live in lib "dom", not enabled here). */
interface WebAssemblyApi {
  Module: {
    new (bytes: Uint8Array): object;
    imports(module: object): { module: string; name: string }[];
  };
  Instance: new (
    module: object,
    imports: Record<string, Record<string, unknown>>,
  ) => { exports: Record<string, unknown> };
  RuntimeError: new () => Error;
}
const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

/** The glue reports Rust panics through this global (see __wbg_set_message in the glue). */
interface PanicRegistry {
  get(): string;
  set_message(message: string): void;
}
const globals = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };

let glue: GlueModule | undefined;

/**
 * The engine arms timers it never cancels (the glue has no clearTimeout), e.g. a 10 s timeout
 * around taking the migration advisory lock, which would keep Node alive long after the work is
 * done. They are tracked here and cleared once no engine is running any more.
 */
const engineTimers = new Set<NodeJS.Timeout>();
let runningEngines = 0;

function engineSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    engineTimers.delete(timer);
    callback();
  }, ms >>> 0);
  engineTimers.add(timer);
  return timer;
}

function clearEngineTimersIfIdle(): void {
  if (runningEngines > 0) return;
  for (const timer of engineTimers) clearTimeout(timer);
  engineTimers.clear();
}

/**
 * Evaluates the wasm-bindgen glue (schema_engine_bg.js) as a function of this realm. It is an ES
 * module whose only module syntax is `export function` / `export class`; requiring it would need
 * Node's require(esm), which Jest's module registry refuses without --experimental-vm-modules, and
 * the glue must share its realm with the pg adapter (it checks `instanceof Promise` on its results).
 */
function evaluateGlue(gluePath: string): GlueModule {
  const exported: string[] = [];
  const body = fs
    .readFileSync(gluePath, 'utf8')
    .replace(/^export (function|class) ([\w$]+)/gm, (_match, kind: string, name: string) => {
      exported.push(name);
      return `${kind} ${name}`;
    });
  if (/^\s*(import|export)\b/m.test(body)) {
    throw new Error(`${gluePath} has module syntax this loader does not handle`);
  }
  const factory = new Function(
    'module',
    'global',
    `'use strict';\n${body}\nreturn { ${exported.join(', ')} };\n//# sourceURL=${gluePath}`,
  ) as (module: undefined, global: typeof globalThis) => GlueModule;
  return factory(undefined, globalThis);
}

function loadGlue(): GlueModule {
  if (glue) return glue;
  if (!globals.PRISMA_WASM_PANIC_REGISTRY) {
    let message = '';
    globals.PRISMA_WASM_PANIC_REGISTRY = {
      get: () => message,
      set_message: (m) => {
        message = m;
      },
    };
  }
  const packageDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const loaded = evaluateGlue(path.join(packageDir, 'schema_engine_bg.js'));
  const wasmModule = new wasm.Module(fs.readFileSync(path.join(packageDir, 'schema_engine_bg.wasm')));
  // Every import of the module is a function of the glue (module name "./schema_engine_bg.js").
  const imports: Record<string, Record<string, unknown>> = {};
  for (const { module, name } of wasm.Module.imports(wasmModule)) {
    const fn = name.startsWith('__wbg_setTimeout_') ? engineSetTimeout : loaded[name];
    if (typeof fn !== 'function') {
      throw new Error(`schema engine wasm import ${module}.${name} is missing from its glue`);
    }
    (imports[module] ??= {})[name] = fn;
  }
  const instance = new wasm.Instance(wasmModule, imports);
  loaded.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  glue = loaded;
  return loaded;
}

/** Git hash of the prisma-engines build that is loaded. */
export function schemaEngineVersion(): string {
  return loadGlue().version();
}

/**
 * pg settings from a postgresql:// URL, spelled out field by field. A `connectionString` would
 * take precedence over any `database` set next to it, so a copy pointed at another database
 * would silently still reach the original one.
 */
export function pgConfigFromUrl(databaseUrl: string): { config: PoolConfig; schema?: string } {
  const url = new URL(databaseUrl);
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new Error(`not a PostgreSQL URL (${url.protocol}//...)`);
  }
  const config: PoolConfig = {
    host: decodeURIComponent(url.hostname) || 'localhost',
    port: url.port ? Number(url.port) : 5432,
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || undefined,
  };
  if (url.username) config.user = decodeURIComponent(url.username);
  if (url.password) config.password = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode && sslmode !== 'disable' && sslmode !== 'prefer') {
    config.ssl = { rejectUnauthorized: sslmode === 'verify-full' || sslmode === 'verify-ca' };
  }
  const schema = url.searchParams.get('schema');
  return schema ? { config, schema } : { config };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The engine's schema describer selects catalog columns of PostgreSQL's one-byte "char" type
 * (e.g. pg_constraint.contype), which @prisma/adapter-pg 7.10.x refuses ("Column type 'char' could
 * not be deserialized"). Their text form is the character itself, so they are reported as text.
 */
function reportCharColumnsAsText(target: { query: (...args: never[]) => unknown }): void {
  const query = target.query.bind(target) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]): unknown => {
    const result = query(...args);
    if (!(result instanceof Promise)) return result; // callback form: pg's own internals
    return result.then((value: { fields?: FieldDef[] } | undefined) => {
      for (const field of value?.fields ?? []) {
        if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      }
      return value;
    });
  };
  target.query = patched as typeof target.query;
}

function enginePool(config: PoolConfig): Pool {
  // One connection, like the native engine: the migration advisory lock is session-scoped.
  const pool = new Pool({ ...config, max: 1 });
  reportCharColumnsAsText(pool); // queries outside transactions
  pool.on('connect', (client) => reportCharColumnsAsText(client)); // inside transactions
  return pool;
}

/** Runs one statement on its own short-lived connection. */
async function runStatement(config: PoolConfig, sql: string): Promise<void> {
  const client = new Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * PrismaPg's executeScript (7.10) splits a migration at every ';', which cuts a function body
 * apart, and applies the pieces one by one, so a failure leaves the migration half applied. Here
 * the whole script goes as one simple query: PostgreSQL parses it (dollar quotes included) and
 * runs it as one implicit transaction.
 */
function sendScriptsWhole(adapter: SqlDriverAdapter): void {
  const pg = adapter as unknown as { underlyingDriver(): Pool; onError(error: unknown): never };
  const pool = pg.underlyingDriver();
  const reportError = pg.onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      reportError(error);
    }
  };
}

/**
 * PrismaPg connections for the engine, with shadow databases managed here: PrismaPg's own
 * connectToShadowDb (7.10.1) drops the shadow database while its pool still holds a connection to
 * it (the drop fails and the database stays behind) and never closes the pool it created the
 * database from. Also closes whatever the engine leaves open (freeing the engine disposes nothing).
 */
class PgMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  private readonly open = new Set<() => Promise<void>>();

  constructor(
    private readonly config: PoolConfig,
    private readonly schema?: string,
  ) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.connectTo(this.config);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await runStatement(this.config, `CREATE DATABASE "${name}"`);
    return this.connectTo({ ...this.config, database: name }, () =>
      runStatement(this.config, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    );
  }

  async close(): Promise<void> {
    for (const dispose of [...this.open]) await dispose();
  }

  private async connectTo(
    config: PoolConfig,
    afterDispose?: () => Promise<void>,
  ): Promise<SqlDriverAdapter> {
    const factory = new PrismaPg(enginePool(config), {
      disposeExternalPool: true,
      ...(this.schema ? { schema: this.schema } : {}),
    });
    const adapter = await factory.connect();
    sendScriptsWhole(adapter);
    const release = adapter.dispose.bind(adapter);
    let disposing: Promise<void> | undefined;
    const dispose = (): Promise<void> =>
      (disposing ??= (async () => {
        this.open.delete(dispose);
        try {
          await release();
        } finally {
          await afterDispose?.();
        }
      })());
    this.open.add(dispose);
    adapter.dispose = dispose;
    return adapter;
  }
}

export interface EngineOptions {
  databaseUrl: string;
  /** Prisma schema files as [path, content] pairs (the engine reads namespaces from them). */
  datamodels?: [string, string][];
  /** Receives the engine's log lines (JSON). */
  log?: (line: string) => void;
}

/**
 * Runs `fn` with a schema engine connected to `databaseUrl`, then frees the engine and closes
 * every connection it opened (and drops any shadow database it created).
 */
export async function withSchemaEngine<T>(
  options: EngineOptions,
  fn: (engine: Glue.SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = loadGlue();
  const { config, schema } = pgConfigFromUrl(options.databaseUrl);
  const connections = new PgMigrationAdapterFactory(config, schema);
  const log = options.log ?? (() => undefined);
  runningEngines += 1;
  let failed = false;
  try {
    const engine = await SchemaEngine.new(
      { datamodels: options.datamodels },
      log,
      bindMigrationAwareSqlAdapterFactory(connections),
    );
    try {
      return await fn(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    failed = true;
    throw engineError(error);
  } finally {
    runningEngines -= 1;
    clearEngineTimersIfIdle();
    // A failure to clean up must not hide the failure that came first.
    await connections.close().catch((error: unknown) => {
      if (!failed) throw error;
    });
  }
}

/**
 * Engine errors carry the message, then an indented span trace ("   0: schema_engine_wasm::...");
 * keeps the message and the migration the trace names. A Rust panic surfaces as a RuntimeError
 * with its text in the panic registry (the engine instance is unusable afterwards).
 */
function engineError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const panic = globals.PRISMA_WASM_PANIC_REGISTRY?.get();
  if (error instanceof wasm.RuntimeError && panic) {
    return new Error(`schema engine panicked: ${panic}`, { cause: error });
  }
  const [head = '', trace = ''] = error.message.split(/\n(?=\s+0: )/);
  const migration = /migration_name="([^"]+)"/.exec(trace)?.[1];
  const message = (head.trim() || error.message).replace(/^external connector error\n/, '');
  return new Error(migration ? `${message} (migration ${migration})` : message, { cause: error });
}
