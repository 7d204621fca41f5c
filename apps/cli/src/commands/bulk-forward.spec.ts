import { UsageError } from '../errors';
import { forwardRequest } from './bulk-forward';

describe('forwardRequest', () => {
  it('names the claims given', () => {
    expect(forwardRequest({ claims: ['a', 'b'] })).toEqual({ claims: ['a', 'b'] });
  });

  it('reads the ids file one id a line, skipping blanks and comments', () => {
    expect(forwardRequest({ claimsFile: 'ids.txt' }, '# March\r\na\n\n  b  \n')).toEqual({ claims: ['a', 'b'] });
    expect(() => forwardRequest({ claimsFile: 'ids.txt' }, '# nothing\n')).toThrow('no claim id in ids.txt');
  });

  it('builds a filter of the options given', () => {
    expect(forwardRequest({ manufacturer: 'ubiquiti', submittedBefore: '2026-03-01T00:00:00Z' })).toEqual({
      filter: { manufacturer: 'ubiquiti', submittedBefore: '2026-03-01T00:00:00Z' },
    });
  });

  it('takes every claim under review with --all, alone or narrowed by the filter options', () => {
    expect(forwardRequest({ all: true })).toEqual({ filter: {} });
    expect(forwardRequest({ all: true, reseller: 'reseller-alpha' })).toEqual({ filter: { reseller: 'reseller-alpha' } });
    expect(() => forwardRequest({ all: true, claims: ['a'] })).toThrow(UsageError);
  });

  it('wants exactly one way of choosing the claims', () => {
    expect(() => forwardRequest({})).toThrow(UsageError);
    expect(() => forwardRequest({ claims: ['a'], reseller: 'reseller-alpha' })).toThrow(UsageError);
    expect(() => forwardRequest({ claims: ['a'], claimsFile: 'ids.txt' }, 'b')).toThrow(UsageError);
  });
});
