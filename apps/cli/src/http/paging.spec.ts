import { collect, type Page } from './paging';

/** Items 1..total, `after` being the last item seen. */
function numbers(total: number) {
  const calls: { after: number | undefined; limit: number }[] = [];
  const readPage = async (after: number | undefined, limit: number): Promise<Page<number, number>> => {
    calls.push({ after, limit });
    const items = Array.from({ length: total }, (_, index) => index + 1)
      .filter((item) => item > (after ?? 0))
      .slice(0, limit);
    const last = items.at(-1);
    return { items, next: last !== undefined && last < total ? last : null };
  };
  return { readPage, calls };
}

describe('collect', () => {
  it('reads every page with max all', async () => {
    const { readPage, calls } = numbers(7);
    expect(await collect(readPage, { max: 'all', pageSize: 3 })).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(calls.map((call) => call.after)).toEqual([undefined, 3, 6]);
  });

  it('asks for no more than it still wants', async () => {
    const { readPage, calls } = numbers(100);
    expect(await collect(readPage, { max: 5, pageSize: 3 })).toEqual([1, 2, 3, 4, 5]);
    expect(calls).toEqual([
      { after: undefined, limit: 3 },
      { after: 3, limit: 2 },
    ]);
  });

  it('keeps only what the filter accepts, reading full pages, from a given cursor', async () => {
    const { readPage } = numbers(20);
    expect(await collect(readPage, { max: 3, pageSize: 4, keep: (item) => item % 5 === 0, after: 2 })).toEqual([5, 10, 15]);
  });
});
