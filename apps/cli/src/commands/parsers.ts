import { InvalidArgumentError } from 'commander';

export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError('must be a whole number, 1 or more');
  return number;
}

export function countOrAll(value: string): number | 'all' {
  if (value === 'all') return 'all';
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new InvalidArgumentError('must be a whole number or "all"');
  return number;
}

export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A parser for an option given once per value (--serial A --serial B): the values in the order given. */
export function repeatable<T>(parse: (value: string) => T): (value: string, previous: T[] | undefined) => T[] {
  return (value, previous) => [...(previous ?? []), parse(value)];
}

/** One of the values a contract allows, else the list of them. */
export function oneOf<T extends string>(values: readonly T[], what: string): (value: string) => T {
  return (value) => {
    if (!(values as readonly string[]).includes(value)) throw new InvalidArgumentError(`no ${what} ${value}; the ${what}s: ${values.join(', ')}`);
    return value as T;
  };
}

export function amount(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new InvalidArgumentError('must be a number, e.g. 120 or 89.90');
  return number;
}
