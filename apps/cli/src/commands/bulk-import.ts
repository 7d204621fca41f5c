import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Context } from '../context';
import { UsageError } from '../errors';
import { addJobOptions, followAccepted, type JobOptions } from './bulk-job';
import { streamInput } from './input';

export type BulkFormat = 'ndjson' | 'csv';

const CONTENT_TYPES: Record<BulkFormat, 'application/x-ndjson' | 'text/csv'> = { ndjson: 'application/x-ndjson', csv: 'text/csv' };
const EXTENSIONS: Record<string, BulkFormat> = { '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.csv': 'csv' };

/** --format if given, else the file's extension. */
export function formatOf(file: string, explicit: BulkFormat | undefined): BulkFormat {
  const format = explicit ?? EXTENSIONS[path.extname(file).toLowerCase()];
  if (!format) throw new UsageError(`cannot tell the format of ${file === '-' ? 'stdin' : file} from its name: add --format ndjson or --format csv`);
  return format;
}

export function registerBulkImport(bulk: Command, ctx: Context): void {
  const command = bulk
    .command('import')
    .description('import claims from an NDJSON or CSV file, then follow the job to its summary')
    .argument('<file>', 'one claim per line (.ndjson, .jsonl) or per row (.csv); - reads stdin (with --format)')
    .addOption(new Option('--format <format>', 'the file format, when its extension does not tell').choices(['ndjson', 'csv']))
    .option('--idempotency-key <key>', 'sending the same file again with the same key returns the first job');
  addJobOptions(command)
    .addHelpText(
      'after',
      `
The exit code is 0 once the job is done, even if some lines were rejected (the summary says how
many), unless --fail-on-rejected; it is 1 if the hub refuses the upload.

Examples:
  $ rma-hub bulk import claims.ndjson
  $ rma-hub bulk import returns.csv --idempotency-key returns-2026-03 --errors all
  $ rma-hub bulk import claims.ndjson --no-wait --json | jq -r .jobId
  $ export-claims | rma-hub bulk import - --format ndjson --fail-on-rejected`,
    )
    .action(async (file: string, options: JobOptions & { format?: BulkFormat; idempotencyKey?: string }) => {
      const format = formatOf(file, options.format);
      const client = ctx.client();
      const accepted = await client.importClaims(await streamInput(file), CONTENT_TYPES[format], options.idempotencyKey);
      await followAccepted(ctx, client, accepted, options);
    });
}
