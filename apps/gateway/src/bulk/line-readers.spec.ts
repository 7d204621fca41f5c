import { Readable } from 'node:stream';
import { csvRowToClaim, readCsv, readNdjson } from './line-readers';

const collect = async <T>(iterable: AsyncIterable<T>) => {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

describe('bulk line readers', () => {
  it('reads NDJSON line by line, numbering lines as in the file and reporting unparseable ones', async () => {
    const lines = await collect(readNdjson(Readable.from(['{"a":1}\n\n{"b":', '2}\r\n{broken\n'])));
    expect(lines).toEqual([
      { lineNo: 1, payload: { a: 1 }, parseError: null },
      { lineNo: 3, payload: { b: 2 }, parseError: null },
      { lineNo: 4, payload: null, parseError: expect.stringMatching(/^not JSON/) },
    ]);
  });

  it('maps a CSV row to a one-line claim, leaving empty cells out', () => {
    expect(
      csvRowToClaim({ reference: 'R1', manufacturer: 'ubiquiti', returnReason: 'defective', failureDescription: 'dead', purchaseDate: '', contactEmail: 'a@b.fr', serial: 'S1', model: 'M1', macId: '' }),
    ).toEqual({
      reference: 'R1',
      manufacturer: 'ubiquiti',
      returnReason: 'defective',
      failureDescription: 'dead',
      contact: { email: 'a@b.fr' },
      lines: [{ serial: 'S1', model: 'M1' }],
    });
  });

  it('reads CSV with quoted cells, numbering lines as a spreadsheet does, and refuses unknown columns', async () => {
    const csv = 'reference,manufacturer,failureDescription,serial,model\nR1,ubiquiti,"reboots, then dies",S1,M1\n';
    expect(await collect(readCsv(Readable.from([csv])))).toEqual([
      { lineNo: 2, payload: expect.objectContaining({ reference: 'R1', failureDescription: 'reboots, then dies', lines: [{ serial: 'S1', model: 'M1' }] }), parseError: null },
    ]);
    const [bad] = await collect(readCsv(Readable.from(['ref,serial\nR1,S1\n'])));
    expect(bad).toMatchObject({ lineNo: 2, payload: null, parseError: expect.stringContaining('unknown column(s) ref') });
  });
});
