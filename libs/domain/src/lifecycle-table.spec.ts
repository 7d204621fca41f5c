import { renderLifecycleTable } from './lifecycle-table';

describe('renderLifecycleTable', () => {
  it('has a row per status naming the moves and who causes them', () => {
    const table = renderLifecycleTable().split('\n');
    expect(table).toHaveLength(2 + 16);
    expect(table).toContain('| `in_transit` | `received` (manufacturer) |');
    expect(table).toContain('| `closed` | — final |');
  });
});
