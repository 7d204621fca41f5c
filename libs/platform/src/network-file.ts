import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { NetworkFile } from '@rma-hub/contracts';

/** Reads and validates a network file; every problem is reported with its path in the file. */
export async function readNetworkFile(path: string): Promise<NetworkFile> {
  const result = NetworkFile.safeParse(parse(await readFile(path, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${path} is not a valid network file:\n${problems.join('\n')}`);
  }
  return result.data;
}
