import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './service-process';

const BIN = process.env.RMA_TEST_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';
const OS_USER = 'postgres';

export interface OwnPostgres {
  /** Server-level URL (database `postgres`, user postgres, trust). */
  url: string;
  /** `pg_ctl restart -m fast`: open connections are ended, the server is back once it accepts them again. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and deletes its data. */
  remove(): Promise<void>;
}

/**
 * A PostgreSQL server of one test file's own (initdb + pg_ctl, as the `postgres` OS user when the
 * test runs as root), in a temporary directory on a free port, trust authentication: for tests
 * that restart PostgreSQL under running services without touching the machine's server.
 */
export async function startOwnPostgres(name: string): Promise<OwnPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), `rma-pg-${name}-`));
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = osUser(OS_USER);
    chownSync(dir, uid, gid);
  }
  const command = (binary: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', OS_USER, '--', path.join(BIN, binary), ...args]] : [path.join(BIN, binary), args];
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const pgCtl = async (...args: string[]) => {
    const [file, argv] = command('pg_ctl', ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', ...args]);
    await promisify(execFile)(file, argv, { encoding: 'utf8' });
  };

  execFileSync(...command('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']), { stdio: 'ignore' });
  const start = () => pgCtl('start', '-o', serverOptions);
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    restart: () => pgCtl('restart', '-m', 'fast', '-o', serverOptions),
    stop: () => pgCtl('stop', '-m', 'fast'),
    start,
    remove: async () => {
      await pgCtl('stop', '-m', 'immediate').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function osUser(name: string): { uid: number; gid: number } {
  const [uid, gid] = execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim().split('\n').concat(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  return { uid: Number(uid), gid: Number(gid) };
}
