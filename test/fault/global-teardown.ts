import { writeFileSync } from 'node:fs';
import path from 'node:path';
import sharedTeardown from '../harness/global-teardown';
import { renderFaultTable } from './fault-table';

/** Prints the fault suite's one table of figures, a row per scenario run (and keeps it in .cache/fault-table.txt). */
export default async function globalTeardown(): Promise<void> {
  const table = renderFaultTable();
  if (table) {
    process.stdout.write(`\nFault suite\n${table}\n`);
    writeFileSync(path.resolve(__dirname, '../../.cache/fault-table.txt'), `${table}\n`);
  }
  await sharedTeardown();
}
