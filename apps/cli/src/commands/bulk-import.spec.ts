import { UsageError } from '../errors';
import { formatOf } from './bulk-import';

describe('formatOf', () => {
  it('tells the format from the extension, or takes --format', () => {
    expect(formatOf('claims.ndjson', undefined)).toBe('ndjson');
    expect(formatOf('claims.JSONL', undefined)).toBe('ndjson');
    expect(formatOf('claims.csv', undefined)).toBe('csv');
    expect(formatOf('claims.txt', 'csv')).toBe('csv');
    expect(() => formatOf('-', undefined)).toThrow(UsageError);
  });
});
