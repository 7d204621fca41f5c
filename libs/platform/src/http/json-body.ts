import type { FieldError } from '@rma-hub/contracts';

export interface JsonShapeLimits {
  /** Items any one array of a body may hold. */
  maxArrayItems: number;
  /** Levels of objects and arrays a body may nest (the body itself is level 1). */
  maxDepth: number;
}

export interface BodyViolation {
  /** `too-large`: past a shape limit (413); `unstorable`: text PostgreSQL cannot store (400). */
  kind: 'too-large' | 'unstorable';
  error: FieldError;
}

interface Place {
  value: unknown;
  key?: string | number;
  parent?: Place;
  depth: number;
}

const NUL = '\u0000';

/** Why a string cannot be stored, or null: PostgreSQL keeps NUL in neither text nor jsonb, and jsonb refuses a lone surrogate. */
function unstorable(text: string): string | null {
  if (text.includes(NUL)) return 'a NUL character (U+0000)';
  if (!text.isWellFormed()) return 'a lone surrogate (not well-formed Unicode)';
  return null;
}

function pointerOf(place: Place, key?: string): string {
  const keys: (string | number)[] = key === undefined ? [] : [key];
  for (let at: Place | undefined = place; at?.parent; at = at.parent) keys.push(at.key!);
  if (keys.length === 0) return '/';
  return keys
    .reverse()
    .map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

/**
 * The first place parsed JSON input breaks a shape limit (when limits are given) or holds text
 * PostgreSQL cannot store (when `text` is set), or null, in one walk. It uses its own stack and
 * parent links, so a hostile depth costs a loop, not the call stack or a copied path per level.
 */
export function bodyViolation(input: unknown, check: { limits?: JsonShapeLimits; text: boolean }): BodyViolation | null {
  const { limits, text } = check;
  const pending: Place[] = [{ value: input, depth: 0 }];
  while (pending.length > 0) {
    const place = pending.pop()!;
    const { value, depth } = place;
    if (typeof value === 'string') {
      const reason = text ? unstorable(value) : null;
      if (reason) return { kind: 'unstorable', error: { pointer: pointerOf(place), detail: `holds ${reason}, which cannot be stored` } };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (limits && depth >= limits.maxDepth) {
      return { kind: 'too-large', error: { pointer: pointerOf(place), detail: `nested deeper than ${limits.maxDepth} levels (HTTP_MAX_JSON_DEPTH)` } };
    }
    if (Array.isArray(value)) {
      if (limits && value.length > limits.maxArrayItems) {
        return { kind: 'too-large', error: { pointer: pointerOf(place), detail: `${value.length} items, more than ${limits.maxArrayItems} (HTTP_MAX_ARRAY_ITEMS)` } };
      }
      value.forEach((item, index) => pending.push({ value: item, key: index, parent: place, depth: depth + 1 }));
    } else {
      for (const [key, item] of Object.entries(value)) {
        const reason = text ? unstorable(key) : null;
        if (reason) return { kind: 'unstorable', error: { pointer: pointerOf(place, key), detail: `a member name holds ${reason}, which cannot be stored` } };
        pending.push({ value: item, key, parent: place, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** The first place a parsed JSON body breaks the limits, or null. */
export function jsonShapeViolation(body: unknown, limits: JsonShapeLimits): FieldError | null {
  return bodyViolation(body, { limits, text: false })?.error ?? null;
}

/** The first string (value or member name) of parsed input that PostgreSQL cannot store, or null. */
export function unstorableTextAt(input: unknown): FieldError | null {
  return bodyViolation(input, { text: true })?.error ?? null;
}
