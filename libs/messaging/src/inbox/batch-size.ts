/**
 * How many messages of a partition go into one transaction: doubles after a batch that committed
 * in time, halves after one that took too long, and falls to one after a failed batch (whose
 * messages were then applied one by one), so a bad neighbourhood is worked through singly and a
 * healthy one in large transactions.
 */
export class AdaptiveBatchSize {
  private size: number;

  constructor(private readonly limits: { max: number; targetMs: number }) {
    this.size = Math.max(1, Math.min(16, limits.max));
  }

  get current(): number {
    return this.size;
  }

  committed(count: number, durationMs: number): void {
    if (durationMs > this.limits.targetMs) this.size = Math.max(1, Math.floor(this.size / 2));
    else if (count >= this.size) this.size = Math.min(this.limits.max, this.size * 2);
  }

  failed(): void {
    this.size = 1;
  }
}
