import type { FieldError } from '@rma-hub/contracts';

const NUL = '\u0000';

/** Why a string cannot be stored, or null: PostgreSQL keeps NUL in neither text nor jsonb, and jsonb refuses a lone surrogate. */
function unstorable(text: string): string | null {
  if (text.includes(NUL)) return 'a NUL character (U+0000)';
  if (!text.isWellFormed()) return 'a lone surrogate (not well-formed Unicode)';
  return null;
}

interface Place {
  value: unknown;
  key?: string | number;
  parent?: Place;
}

function pointerOf(place: Place, key?: string): string {
  const keys: (string | number)[] = key === undefined ? [] : [key];
  for (let at: Place | undefined = place; at?.parent; at = at.parent) keys.push(at.key!);
  return keys
    .reverse()
    .map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * The first string (value or member name) of parsed input that PostgreSQL cannot store, or null.
 * Such input can only fail on its way to the database (500), so it is refused up front instead,
 * naming the place. Walks with its own stack and parent links, so
 * a hostile depth costs a loop, not the call stack or a copied path per level.
 */
export function unstorableTextAt(input: unknown): FieldError | null {
  const pending: Place[] = [{ value: input }];
  while (pending.length > 0) {
    const place = pending.pop()!;
    const { value } = place;
    if (typeof value === 'string') {
      const reason = unstorable(value);
      if (reason) return { pointer: pointerOf(place), detail: `holds ${reason}, which cannot be stored` };
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, key: index, parent: place }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const reason = unstorable(key);
        if (reason) return { pointer: pointerOf(place, key), detail: `a member name holds ${reason}, which cannot be stored` };
        pending.push({ value: item, key, parent: place });
      }
    }
  }
  return null;
}
