import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { StoredLine } from '@rma-hub/persistence';

/** NDJSON, one claim per line; blank lines are skipped but still counted, so line numbers match the file. */
export async function* readNdjson(body: Readable): AsyncIterable<StoredLine> {
  let lineNo = 0;
  for await (const text of createInterface({ input: body, crlfDelay: Infinity })) {
    lineNo += 1;
    if (text.trim() === '') continue;
    try {
      yield { lineNo, payload: JSON.parse(text), parseError: null };
    } catch (error) {
      yield { lineNo, payload: null, parseError: `not JSON: ${(error as Error).message}` };
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

/** CSV with a header row; line numbers count the header, so they match what a spreadsheet shows. */
export async function* readCsv(body: Readable): AsyncIterable<StoredLine> {
  const records = body.pipe(parse({ columns: true, skip_empty_lines: true, relax_column_count: true, info: true }));
  for await (const { record, info } of records as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    const unknown = Object.keys(record).filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
    yield unknown.length > 0
      ? { lineNo: info.lines, payload: null, parseError: `unknown column(s) ${unknown.join(', ')}; expected ${CSV_COLUMNS.join(', ')}` }
      : { lineNo: info.lines, payload: csvRowToClaim(record), parseError: null };
  }
}
