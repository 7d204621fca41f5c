export interface Page<T, C> {
  items: T[];
  next: C | null;
}

/**
 * Up to `max` items (every one with 'all') of a paged collection that `keep` accepts, reading a page
 * of at most `pageSize` at a time, from the start or from the cursor `after`.
 */
export async function collect<T, C>(
  readPage: (after: C | undefined, limit: number) => Promise<Page<T, C>>,
  options: { max: number | 'all'; pageSize: number; keep?: (item: T) => boolean; after?: C | undefined },
): Promise<T[]> {
  const keep = options.keep ?? (() => true);
  const wanted = options.max === 'all' ? Infinity : options.max;
  const items: T[] = [];
  let after = options.after;
  while (items.length < wanted) {
    // Without a filter, never ask for more than is still wanted.
    const limit = options.keep ? options.pageSize : Math.min(options.pageSize, wanted - items.length);
    const page = await readPage(after, limit);
    items.push(...page.items.filter(keep).slice(0, wanted - items.length));
    if (page.next === null) break;
    after = page.next;
  }
  return items;
}
