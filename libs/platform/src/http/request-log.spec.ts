import { requestIdOf } from './request-log';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('a request’s id', () => {
  it('is the caller’s x-request-id when it sent a sane one', () => {
    expect(requestIdOf({ headers: { 'x-request-id': 'lb-7f3a:42/retry=1' } })).toBe('lb-7f3a:42/retry=1');
  });

  it('is a fresh UUID when the caller sent none, several, or one that is too long or not plain text', () => {
    for (const sent of [undefined, ['a', 'b'], 'x'.repeat(129), 'two words', 'line\nbreak', '']) {
      expect(requestIdOf({ headers: { 'x-request-id': sent } })).toMatch(UUID);
    }
    expect(requestIdOf({ headers: {} })).not.toBe(requestIdOf({ headers: {} }));
  });
});
