import { lagOf } from './consumer-lag';

describe('lagOf', () => {
  it('counts from the committed offset to the end of each partition', () => {
    expect(lagOf([{ partition: 0, low: '0', high: '10' }, { partition: 1, low: '0', high: '4' }], [{ partition: 0, offset: '7' }, { partition: 1, offset: '4' }])).toEqual([
      { partition: 0, lag: 3 },
      { partition: 1, lag: 0 },
    ]);
  });

  it('owes every message still kept on a partition the group never committed', () => {
    expect(lagOf([{ partition: 0, low: '5', high: '12' }, { partition: 1, low: '0', high: '3' }], [{ partition: 0, offset: '-1' }])).toEqual([
      { partition: 0, lag: 7 },
      { partition: 1, lag: 3 },
    ]);
  });

  it('never reports a negative lag when a commit is ahead of a truncated log', () => {
    expect(lagOf([{ partition: 0, low: '0', high: '2' }], [{ partition: 0, offset: '5' }])).toEqual([{ partition: 0, lag: 0 }]);
  });
});
