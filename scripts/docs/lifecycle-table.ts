import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderLifecycleTable } from '@rma-hub/domain';

/** Writes the lifecycle table into README.md between its markers; with --check, fails if README is stale. */
const README = path.resolve(__dirname, '../../README.md');
const START = '<!-- lifecycle-table:start (npm run docs:lifecycle) -->';
const END = '<!-- lifecycle-table:end -->';

const readme = readFileSync(README, 'utf8');
const [before, rest] = readme.split(START);
const after = rest?.split(END)[1];
if (before === undefined || after === undefined) throw new Error(`README.md lacks the ${START} … ${END} markers`);
const updated = `${before}${START}\n${renderLifecycleTable()}\n${END}${after}`;

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md’s lifecycle table is out of date: run npm run docs:lifecycle');
    process.exit(1);
  }
} else {
  writeFileSync(README, updated);
}
