/** A partition's offsets on the broker: the first one still kept and the next one to be written. */
export interface PartitionEnds {
  partition: number;
  low: string;
  high: string;
}

/**
 * Messages a group still owes on each partition: up to the partition's end from the group's
 * committed offset, or from the first message kept when it never committed (it reads from the beginning).
 */
export function lagOf(ends: readonly PartitionEnds[], committed: readonly { partition: number; offset: string }[]): { partition: number; lag: number }[] {
  return ends.map(({ partition, low, high }) => {
    const offset = Number(committed.find((entry) => entry.partition === partition)?.offset ?? -1);
    return { partition, lag: Math.max(0, Number(high) - (offset < 0 ? Number(low) : offset)) };
  });
}
