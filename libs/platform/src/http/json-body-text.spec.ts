import { unstorableTextAt } from './json-body';

describe('text PostgreSQL cannot store (NUL, lone surrogates)', () => {
  it('is found in a nested value, named by its JSON Pointer', () => {
    // Found by fuzzing: POST /v1/admin/api-keys {"party":"\u0000",...} answered 500.
    expect(unstorableTextAt({ party: '\u0000', label: 'x' })).toEqual({ pointer: '/party', detail: expect.stringContaining('NUL') });
    expect(unstorableTextAt({ data: { rmaNumber: 'a\u0000b' } })).toMatchObject({ pointer: '/data/rmaNumber' });
    expect(unstorableTextAt({ lines: [{ serial: 'ok' }, { 'a/b': ['x', 'y\u0000'] }] })).toMatchObject({ pointer: '/lines/1/a~1b/1' });
  });

  it('is found in a member name', () => {
    expect(unstorableTextAt({ contact: { 'na\u0000me': 'Dana' } })).toMatchObject({ pointer: '/contact/na\u0000me', detail: expect.stringContaining('member name') });
  });

  it('is a lone surrogate, which jsonb refuses', () => {
    // Found by fuzzing: POST /v1/claims/{id}/actions/cancel {"reason":"\ud800"} answered 500.
    expect(unstorableTextAt({ reason: '\uD800' })).toEqual({ pointer: '/reason', detail: expect.stringContaining('lone surrogate') });
    expect(unstorableTextAt({ reason: 'x\uDFFFy' })).toMatchObject({ pointer: '/reason' });
  });

  it('is not the escaped text "\\u0000", and other text passes', () => {
    expect(unstorableTextAt({ note: '\\u0000', emoji: '👩‍👩‍👧', rtl: '\u202E', pair: '\uD83D\uDE00', zeroWidth: '\u200B', n: 0, b: false, none: null })).toBeNull();
    expect(unstorableTextAt('plain')).toBeNull();
    expect(unstorableTextAt(undefined)).toBeNull();
  });

  it('walks a deep body without recursion', () => {
    let deep: unknown = 'bottom\u0000';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(unstorableTextAt(deep)?.pointer).toBe('/0'.repeat(100_000));
  });
});
