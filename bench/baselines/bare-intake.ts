import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { freePort } from '@rma-hub/testing';
import { readyOrClose } from '../ready';
import { BASELINE_RESELLER, createBaselineDatabase } from './baseline-database';

export interface BareIntake {
  url: string;
  close(): Promise<void>;
}

/** The bare Fastify + pg intake (bare-intake-server.ts) as its own process, on a fresh database cloned from the migrated template. */
export async function startBareIntake(postgresUrl: string): Promise<BareIntake> {
  const database = await createBaselineDatabase(postgresUrl);
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'bare-intake-server.ts')], {
    env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: '10', PORT: String(port), BARE_RESELLER_ID: BASELINE_RESELLER },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await database.drop();
  };
  await readyOrClose(url, close, 60_000);
  return { url, close };
}
