import type { FieldError } from '@rma-hub/contracts';

export interface JsonShapeLimits {
  /** Items any one array of a body may hold. */
  maxArrayItems: number;
  /** Levels of objects and arrays a body may nest (the body itself is level 1). */
  maxDepth: number;
}

function pointerOf(path: readonly (string | number)[]): string {
  return `/${path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

/**
 * The first place a parsed JSON body breaks the limits, or null. Walks with its own stack, so a
 * hostile depth costs a loop, not the call stack, and stops at the first violation.
 */
export function jsonShapeViolation(body: unknown, limits: JsonShapeLimits): FieldError | null {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: body, path: [] }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= limits.maxDepth) {
      return { pointer: pointerOf(path), detail: `nested deeper than ${limits.maxDepth} levels (HTTP_MAX_JSON_DEPTH)` };
    }
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayItems) {
        return { pointer: pointerOf(path), detail: `${value.length} items, more than ${limits.maxArrayItems} (HTTP_MAX_ARRAY_ITEMS)` };
      }
      value.forEach((item, index) => pending.push({ value: item, path: [...path, index] }));
    } else {
      for (const [key, item] of Object.entries(value)) pending.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}
