/**
 * Polls `probe` until it returns without throwing, for asynchronous outcomes (a claim reaching a
 * status over Kafka). The deadline only bounds a hung run; nothing asserts how fast it got there.
 */
export async function eventually<T>(probe: () => Promise<T>, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
    }
  }
}
