import { jsonShapeViolation } from './json-body';

const limits = { maxArrayItems: 3, maxDepth: 4 };

function nested(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level++) value = { next: value };
  return value;
}

describe('jsonShapeViolation', () => {
  it('accepts bodies within the limits, scalars included', () => {
    expect(jsonShapeViolation({ lines: [1, 2, 3], contact: { name: 'A' } }, limits)).toBeNull();
    expect(jsonShapeViolation(nested(4), limits)).toBeNull();
    expect(jsonShapeViolation('text', limits)).toBeNull();
    expect(jsonShapeViolation(null, limits)).toBeNull();
  });

  it('names the array that holds too many items, however deep it sits', () => {
    expect(jsonShapeViolation({ lines: [{ serials: [1, 2, 3, 4] }] }, limits)).toEqual({
      pointer: '/lines/0/serials',
      detail: '4 items, more than 3 (HTTP_MAX_ARRAY_ITEMS)',
    });
    expect(jsonShapeViolation([1, 2, 3, 4], limits)?.pointer).toBe('/');
  });

  it('names the first level past the depth limit', () => {
    expect(jsonShapeViolation(nested(5), limits)).toEqual({ pointer: '/next/next/next/next', detail: 'nested deeper than 4 levels (HTTP_MAX_JSON_DEPTH)' });
  });

  it('walks a hostile depth without exhausting the call stack', () => {
    expect(jsonShapeViolation(nested(200_000), { maxArrayItems: 10, maxDepth: 32 })?.detail).toContain('HTTP_MAX_JSON_DEPTH');
  });

  it('escapes keys in the pointer as RFC 6901 says', () => {
    expect(jsonShapeViolation({ 'a/b': { '~c': [1, 2, 3, 4] } }, limits)?.pointer).toBe('/a~1b/~0c');
  });
});
