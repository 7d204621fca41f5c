import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CliError, UsageError } from '../errors';

/** A whole (small) input file; - is stdin. */
export async function readInput(file: string): Promise<Buffer> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** A (small) input file's content as JSON; `file` names it in the error when it is not JSON. */
export function parseJson(content: Buffer, file: string): unknown {
  try {
    return JSON.parse(content.toString('utf8'));
  } catch (error) {
    throw new CliError(`${file === '-' ? 'stdin' : file} is not JSON: ${(error as Error).message}`);
  }
}

/** An input file of any size as a stream; - is stdin. */
export async function streamInput(file: string): Promise<Readable> {
  if (file === '-') return process.stdin;
  const found = await stat(file).catch((error: Error) => {
    throw new UsageError(`cannot read ${file}: ${error.message}`);
  });
  if (!found.isFile()) throw new UsageError(`${file} is not a file`);
  return createReadStream(file);
}
