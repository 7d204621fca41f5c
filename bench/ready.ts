import { eventually } from '@rma-hub/testing';

/** Waits until `url`'s /readyz answers 200; if it never does, closes what was started and throws. */
export async function readyOrClose(url: string, close: () => Promise<void>, timeoutMs: number): Promise<void> {
  try {
    await eventually(async () => {
      if ((await fetch(`${url}/readyz`)).status !== 200) throw new Error(`${url} not ready`);
    }, { timeoutMs, intervalMs: 250 });
  } catch (error) {
    await close();
    throw error;
  }
}
