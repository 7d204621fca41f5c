import { AdaptiveBatchSize } from './batch-size';

describe('AdaptiveBatchSize', () => {
  it('doubles after each full batch that committed in time, up to its maximum', () => {
    const size = new AdaptiveBatchSize({ max: 100, targetMs: 200 });
    const seen = [size.current];
    for (let i = 0; i < 5; i += 1) {
      size.committed(size.current, 10);
      seen.push(size.current);
    }
    expect(seen).toEqual([16, 32, 64, 100, 100, 100]);
  });

  it('stays put after a batch smaller than the size (the partition had no more)', () => {
    const size = new AdaptiveBatchSize({ max: 100, targetMs: 200 });
    size.committed(3, 10);
    expect(size.current).toBe(16);
  });

  it('halves after a batch that took longer than the target, never below one', () => {
    const size = new AdaptiveBatchSize({ max: 100, targetMs: 200 });
    size.committed(16, 500);
    expect(size.current).toBe(8);
    for (let i = 0; i < 10; i += 1) size.committed(1, 500);
    expect(size.current).toBe(1);
  });

  it('falls to one after a failed batch and grows back from there', () => {
    const size = new AdaptiveBatchSize({ max: 100, targetMs: 200 });
    size.committed(16, 10);
    size.failed();
    expect(size.current).toBe(1);
    size.committed(1, 10);
    expect(size.current).toBe(2);
  });
});
