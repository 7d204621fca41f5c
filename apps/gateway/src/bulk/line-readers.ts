import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { StoredLine } from '@rma-hub/persistence';
import { problem } from '@rma-hub/platform';

/** How big one line (NDJSON) or record (CSV) may be, in bytes (BULK_MAX_LINE_BYTES). */
export interface LineLimit {
  maxLineBytes: number;
}

const NEWLINE = 0x0a;

/**
 * The lines of a byte stream, each as its bytes, holding at most `maxLineBytes` of one line: a
 * longer line is read to its end and dropped, reported as `tooLong`. (readline and split2 keep a
 * long line whole, or skip it without saying which line it was.)
 */
async function* splitLines(body: AsyncIterable<Buffer>, maxLineBytes: number): AsyncIterable<{ bytes: Buffer; tooLong: boolean }> {
  let pieces: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  // A piece is kept only while the line fits; one left at the end of a chunk is copied, as the chunk's memory may be reused.
  const take = (piece: Buffer, copy: boolean) => {
    length += piece.length;
    if (length > maxLineBytes) {
      tooLong = true;
      pieces = [];
    } else if (!tooLong) pieces.push(copy ? Buffer.from(piece) : piece);
  };
  const endLine = () => {
    const line = { bytes: Buffer.concat(pieces), tooLong };
    pieces = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of body) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; start = end + 1, end = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, end), false);
      yield endLine();
    }
    if (start < chunk.length) take(chunk.subarray(start), true);
  }
  if (length > 0 || tooLong) yield endLine();
}

/** Deeper than any claim, far below what PostgreSQL's jsonb parser (and JSON.stringify) can nest before running out of stack. */
const MAX_DEPTH = 32;

const TEXT_REASON = 'holds a NUL character (U+0000) or an unpaired UTF-16 surrogate, which cannot be stored';
const badText = (text: string) => text.includes('\u0000') || !text.isWellFormed();
const pointerTo = (key: string) => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;

/**
 * Why a parsed value cannot be stored, and where (a JSON pointer); null when it can. Runs on every
 * line, so the pointer is only built on the way back from a find.
 */
function unstorable(value: unknown, depth = 0): { pointer: string; reason: string } | null {
  if (typeof value === 'string') return badText(value) ? { pointer: '', reason: TEXT_REASON } : null;
  if (value === null || typeof value !== 'object') return null;
  if (depth === MAX_DEPTH) return { pointer: '', reason: `is nested more than ${MAX_DEPTH} levels deep` };
  for (const key of Object.keys(value)) {
    if (badText(key)) return { pointer: pointerTo(key), reason: TEXT_REASON };
    const found = unstorable((value as Record<string, unknown>)[key], depth + 1);
    if (found) return { pointer: pointerTo(key) + found.pointer, reason: found.reason };
  }
  return null;
}

/** A parsed line as the store can keep it: a payload that cannot be stored becomes the line's error. */
function storable(lineNo: number, payload: unknown): StoredLine {
  const found = unstorable(payload);
  if (!found) return { lineNo, payload, parseError: null };
  return refused(lineNo, `${found.pointer || 'the line'} ${found.reason}`);
}

/** A line's error as the store can keep it (a parser's message may quote the NUL it tripped on). */
function refused(lineNo: number, reason: string): StoredLine {
  return { lineNo, payload: null, parseError: reason.replaceAll('\u0000', '\\u0000').toWellFormed() };
}

const overLineLimit = (maxLineBytes: number) => `longer than BULK_MAX_LINE_BYTES (${maxLineBytes} bytes)`;

/**
 * NDJSON, one claim per line; blank lines are skipped but still counted, so line numbers match
 * the file. A line longer than the limit is an error of its own; the next line is read as usual.
 */
export async function* readNdjson(body: AsyncIterable<Buffer>, { maxLineBytes }: LineLimit): AsyncIterable<StoredLine> {
  let lineNo = 0;
  for await (const { bytes, tooLong } of splitLines(body, maxLineBytes)) {
    lineNo += 1;
    if (tooLong) {
      yield refused(lineNo, `the line is ${overLineLimit(maxLineBytes)}`);
      continue;
    }
    const text = bytes.toString('utf8').replace(/\r$/, '');
    if (text.trim() === '') continue;
    try {
      yield storable(lineNo, JSON.parse(text));
    } catch (error) {
      yield refused(lineNo, `not JSON: ${(error as Error).message}`);
    }
  }
}

const CSV_COLUMNS = [
  'reference',
  'reseller',
  'manufacturer',
  'returnReason',
  'failureDescription',
  'purchaseDate',
  'deliveredOn',
  'proofOfPurchase',
  'dealer',
  'supportTicket',
  'portalAccountId',
  'contactName',
  'contactEmail',
  'contactPhone',
  'serial',
  'model',
  'macId',
  'category',
] as const;

/**
 * One CSV row (header names as in CSV_COLUMNS) as a claim with one line; empty cells are absent.
 * Several devices of one claim are several claims in CSV; use NDJSON to send a multi-line claim.
 */
export function csvRowToClaim(row: Record<string, string>): Record<string, unknown> {
  const cell = (name: string) => (row[name]?.trim() ? row[name].trim() : undefined);
  const defined = (object: Record<string, unknown>) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
  return defined({
    reference: cell('reference'),
    reseller: cell('reseller'),
    manufacturer: cell('manufacturer'),
    returnReason: cell('returnReason'),
    failureDescription: cell('failureDescription'),
    purchaseDate: cell('purchaseDate'),
    deliveredOn: cell('deliveredOn'),
    proofOfPurchase: cell('proofOfPurchase'),
    dealer: cell('dealer'),
    supportTicket: cell('supportTicket'),
    portalAccountId: cell('portalAccountId'),
    contact: defined({ name: cell('contactName'), email: cell('contactEmail'), phone: cell('contactPhone') }),
    lines: [defined({ serial: cell('serial'), model: cell('model'), macId: cell('macId'), category: cell('category') })],
  });
}

/**
 * CSV with a header row; line numbers count the header, so they match what a spreadsheet shows.
 * A stray quote inside a cell (`24" panel`) is part of the cell. A quote that is never closed
 * makes the rest of the file one cell: that is the last line's error. A record over the limit
 * cannot be told apart from the rest of the file (it may be such a quote), so the upload is
 * refused with `413 BULK.LINE_TOO_LARGE`, having read no more than the limit.
 */
export async function* readCsv(body: AsyncIterable<Buffer>, { maxLineBytes }: LineLimit): AsyncIterable<StoredLine> {
  // Records are taken as the parser makes them: a parse error destroys the stream, and with it the records it still buffers.
  const parsed: { record: Record<string, string>; lines: number }[] = [];
  const parser = parse({
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: maxLineBytes,
    on_record: (record: Record<string, string>, { lines }) => {
      parsed.push({ record, lines });
      return record;
    },
  });
  let lastLine = 1;
  const row = ({ record, lines }: (typeof parsed)[number]): StoredLine => {
    lastLine = lines;
    const unknown = Object.keys(record).filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
    return unknown.length > 0 ? refused(lines, `unknown column(s) ${unknown.join(', ')}; expected ${CSV_COLUMNS.join(', ')}`) : storable(lines, csvRowToClaim(record));
  };
  try {
    // The stream's output only paces the parser; the records themselves come from `parsed`.
    for await (const _record of pipeline(Readable.from(body), parser, () => undefined)) yield row(parsed.shift()!);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    for (const left of parsed.splice(0)) yield row(left);
    if (error.code === 'CSV_MAX_RECORD_SIZE') {
      throw problem(413, 'BULK.LINE_TOO_LARGE', 'A CSV record is too large', {
        detail: `The record from line ${lastLine + 1} on is ${overLineLimit(maxLineBytes)}; nothing of this upload was stored.`,
      });
    }
    yield refused(lastLine + 1, error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell opened here is never closed (the rest of the file was read as that cell)' : `not CSV: ${error.message}`);
  }
}
