import fc from 'fast-check';

/** Strings a parser, a validator, PostgreSQL (text and jsonb) or a log line may choke on. */
const TRICKY_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\\u0000',
  '\uD800',
  '\uDFFF',
  'x\uDBFFy',
  '\uFFFE\uFFFF',
  '\u202Egnp.exe',
  '\u200B\u200C\u200D\u2060\uFEFF',
  'שלום עולם',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301'.repeat(300),
  '%00%ff%ED%A0%80',
  "'; DROP TABLE claims; --",
  '${jndi:ldap://x}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  'null',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '2026-02-30',
  '9999-12-31T23:59:59.999Z',
  '0000-00-00',
  'ubiquiti',
  'rmahub_demo_operator_5e3a9b',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)), minLength: 1, maxLength: 8 }) },
  // Around the text limits of the contracts (100, 200, 1000, 2000, 5000 characters), past a bulk line (64 KiB) and a body (1 MiB).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(99, 100, 101, 200, 201, 1_001, 2_001, 5_001, 70_000, 1_100_000), fc.constantFrom('x', 'é', '😀', '\u0000', ' ')).map(([length, unit]) => unit.repeat(length)) },
);

export const hostileNumber: fc.Arbitrary<number | string> = fc.oneof(
  fc.constantFrom<number | string>(
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    0,
    -1,
    0.1,
    1e21,
    2 ** 31,
    -(2 ** 31) - 1,
    'NaN',
    'Infinity',
    '-Infinity',
    '1e308',
    '0x10',
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileNumber, fc.constantFrom(null, true, false, [], {}));

/** Any JSON value, of the wrong type wherever it lands: scalars above, arrays, objects with hostile keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom(40, 33, 200).map((depth) => nested(depth)) },
    { weight: 1, arbitrary: fc.constantFrom(1_001, 10_001).map((length) => Array.from({ length }, (_, index) => index)) },
  ),
})).value;

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value };
  return value;
}

/** Bodies that are not JSON, or JSON that no JSON.stringify produces: each is sent as raw text. */
export const malformedJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '}',
    '{"a":',
    '{"a":1,}',
    "{'a':1}",
    'nul',
    'undefined',
    '\uFEFF{}',
    '{"a":1}{"b":2}',
    '[1,2',
    '{"a":"\\ud800"}',
    '{"a":"\\u0000"}',
    '{"a":"\\uZZZZ"}',
    '{"a":1e999}',
    '{"a":-1e999}',
    '{"a":-0}',
    '{"a":NaN}',
    '{"a":0x10}',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '\u0000',
    '"just a string"',
    '12345',
    'true',
    'null',
    '[]',
  ),
  fc.constantFrom(1_000, 100_000).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.constantFrom(1_000, 100_000).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** A JSON object text with one key given twice: the first (or last) copy valid, the other hostile. */
export function withDuplicatedKey(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(valid);
  return fc.record({ key: fc.constantFrom(...keys), value: hostileValue, hostileFirst: fc.boolean() }).map(({ key, value, hostileFirst }) => {
    const members = keys.map((name) => `${JSON.stringify(name)}:${JSON.stringify(valid[name])}`);
    const duplicate = `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`;
    return `{${hostileFirst ? [duplicate, ...members] : [...members, duplicate]}}`;
  });
}

export const hostileContentType: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  '',
  'text/plain',
  'text/html',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----fuzz',
  'application/x-ndjson',
  'text/csv',
  'application/octet-stream',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json;;;',
  'application/problem+json',
  'application/vnd.api+json',
  'application/json, text/csv',
  '*/*',
);

/** A dot segment ("..", "%2e") is resolved by fetch itself, so the request would go to another route. */
const isDotSegment = (segment: string) => /^(\.|%2e){1,2}$/i.test(segment);

/** A path segment where an id, action or manufacturer belongs, already percent-encoded. */
export const hostilePathSegment: fc.Arbitrary<string> = fc.oneof(
  fc.uuid().map((id) => id),
  fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', '%00', '%ED%A0%80', '%FF', '..%2F..%2Fadmin', 'a'.repeat(101), 'a'.repeat(1_000), '%20', 'null', '-1', '1e308'),
  hostileString
    .filter((text) => text.length > 0 && text.length < 300 && text.isWellFormed())
    .map((text) => encodeURIComponent(text))
    .filter((segment) => !isDotSegment(segment)),
);

/** Replaces, removes or adds one member somewhere in a valid body, so the rest still passes the first checks. */
export function nearValid(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths = memberPaths(valid);
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ path: fc.constantFrom(...paths), value: hostileValue }).map(({ path, value }) => setAt(valid, path, value)) },
    { weight: 2, arbitrary: fc.record({ path: fc.constantFrom(...paths), value: hostileString }).map(({ path, value }) => setAt(valid, path, value)) },
    { weight: 1, arbitrary: fc.record({ path: fc.constantFrom(...paths), value: hostileNumber }).map(({ path, value }) => setAt(valid, path, value)) },
    { weight: 1, arbitrary: fc.constantFrom(...paths).map((path) => setAt(valid, path, undefined)) },
    { weight: 1, arbitrary: fc.record({ key: hostileString, value: hostileValue }).map(({ key, value }) => ({ ...valid, [key]: value })) },
  );
}

type Path = (string | number)[];

function memberPaths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...memberPaths(item, [...prefix, index])]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...memberPaths(item, [...prefix, key])]);
  return [];
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    parent[last] = value;
  }
  return copy;
}
