import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UsageError } from '../errors';

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

/** An input file of any size as a stream; - is stdin. */
export async function streamInput(file: string): Promise<Readable> {
  if (file === '-') return process.stdin;
  const found = await stat(file).catch((error: Error) => {
    throw new UsageError(`cannot read ${file}: ${error.message}`);
  });
  if (!found.isFile()) throw new UsageError(`${file} is not a file`);
  return createReadStream(file);
}
