import { csvRowToClaim, readCsv, readNdjson } from './line-readers';

const LIMIT = { maxLineBytes: 64 * 1024 };

const collect = async <T>(iterable: AsyncIterable<T>) => {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};

async function* bytes(...parts: string[]): AsyncIterable<Buffer> {
  for (const part of parts) yield Buffer.from(part);
}

/** `head`, then `size` bytes of `x` produced lazily (one reused chunk), then `tail`; `pulled()` says how many bytes were taken. */
function hugeStream(head: string, size: number, tail: string) {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let pulled = 0;
  async function* stream(): AsyncIterable<Buffer> {
    yield Buffer.from(head);
    for (let sent = 0; sent < size; sent += chunk.length) {
      pulled += chunk.length;
      yield chunk;
    }
    yield Buffer.from(tail);
  }
  return { stream: stream(), pulled: () => pulled };
}

describe('bulk line readers', () => {
  it('reads NDJSON line by line, numbering lines as in the file and reporting unparseable ones', async () => {
    const lines = await collect(readNdjson(bytes('{"a":1}\n\n{"b":', '2}\r\n{broken\n'), LIMIT));
    expect(lines).toEqual([
      { lineNo: 1, payload: { a: 1 }, parseError: null },
      { lineNo: 3, payload: { b: 2 }, parseError: null },
      { lineNo: 4, payload: null, parseError: expect.stringMatching(/^not JSON/) },
    ]);
  });

  it('keeps a character split across chunks whole', async () => {
    const euro = Buffer.from('{"a":"€"}\n');
    async function* split() {
      yield euro.subarray(0, 7);
      yield euro.subarray(7);
    }
    expect(await collect(readNdjson(split(), LIMIT))).toEqual([{ lineNo: 1, payload: { a: '€' }, parseError: null }]);
  });

  it('refuses, line by line, what the store cannot keep: a NUL, an unpaired surrogate, deep nesting', async () => {
    const lines = await collect(readNdjson(bytes('{"a":"x\\u0000y"}\n{"b":{"c":"\\ud800"}}\n{"d\\u0000":1}\n{"e":"\0"}\n{"ok":1}\n'), LIMIT));
    expect(lines).toEqual([
      { lineNo: 1, payload: null, parseError: expect.stringMatching(/^\/a holds a NUL character/) },
      { lineNo: 2, payload: null, parseError: expect.stringMatching(/^\/b\/c holds .*unpaired/) },
      { lineNo: 3, payload: null, parseError: expect.stringMatching(/^\/d\\u0000 holds a NUL/) },
      { lineNo: 4, payload: null, parseError: expect.stringMatching(/^not JSON/) },
      { lineNo: 5, payload: { ok: 1 }, parseError: null },
    ]);
    expect(lines.every((line) => !line.parseError?.includes('\u0000'))).toBe(true);
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(await collect(readNdjson(bytes(`{"a":${deep}}\n`), LIMIT))).toEqual([{ lineNo: 1, payload: null, parseError: expect.stringMatching(/^\/a(\/0)+ is nested more than 32 levels deep$/) }]);
    const [csv] = await collect(readCsv(bytes('reference,serial\nR1,S\u00001\n'), LIMIT));
    expect(csv).toEqual({ lineNo: 2, payload: null, parseError: expect.stringMatching(/^\/lines\/0\/serial holds a NUL/) });
  });

  it('refuses an NDJSON line over the limit on its own, without holding it, and reads the next line', async () => {
    const huge = hugeStream('{"a":"', 256 * 1024 * 1024, '"}\n{"b":2}\n');
    const rssBefore = process.memoryUsage().rss;
    const lines = await collect(readNdjson(huge.stream, LIMIT));
    expect(lines).toEqual([
      { lineNo: 1, payload: null, parseError: 'the line is longer than BULK_MAX_LINE_BYTES (65536 bytes)' },
      { lineNo: 2, payload: { b: 2 }, parseError: null },
    ]);
    expect(huge.pulled()).toBe(256 * 1024 * 1024);
    // Holding the line would have taken 256 MiB.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
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
    expect(await collect(readCsv(bytes(csv), LIMIT))).toEqual([
      { lineNo: 2, payload: expect.objectContaining({ reference: 'R1', failureDescription: 'reboots, then dies', lines: [{ serial: 'S1', model: 'M1' }] }), parseError: null },
    ]);
    const [bad] = await collect(readCsv(bytes('ref,serial\nR1,S1\n'), LIMIT));
    expect(bad).toMatchObject({ lineNo: 2, payload: null, parseError: expect.stringContaining('unknown column(s) ref') });
  });

  it('takes a stray quote inside a CSV cell as part of it', async () => {
    const lines = await collect(readCsv(bytes('reference,model,serial\nR1,24" panel,S1\nR2,M2,S2\n'), LIMIT));
    expect(lines.map((line) => [line.lineNo, (line.payload as { lines: object[] }).lines[0]])).toEqual([
      [2, { model: '24" panel', serial: 'S1' }],
      [3, { model: 'M2', serial: 'S2' }],
    ]);
  });

  it('keeps the CSV rows before a quote that is never closed, and reports the line it opens on', async () => {
    const lines = await collect(readCsv(bytes('reference,serial\nR1,S1\nR2,"S2\nR3,S3\n'), LIMIT));
    expect(lines).toEqual([
      { lineNo: 2, payload: expect.objectContaining({ reference: 'R1' }), parseError: null },
      { lineNo: 3, payload: null, parseError: expect.stringContaining('never closed') },
    ]);
  });

  it('refuses a CSV record over the limit with a 413 naming it, having read little more than the limit', async () => {
    const huge = hugeStream('reference,serial\nR1,S1\nR2,"', 256 * 1024 * 1024, '"\n');
    await expect(collect(readCsv(huge.stream, LIMIT))).rejects.toMatchObject({
      problem: { status: 413, code: 'BULK.LINE_TOO_LARGE', detail: expect.stringContaining('line 3 on is longer than BULK_MAX_LINE_BYTES (65536 bytes)') },
    });
    expect(huge.pulled()).toBeLessThan(1024 * 1024);
  });
});
