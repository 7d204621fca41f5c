import type { Logger } from './logger';

/**
 * Runs `work` over and over in `concurrency` loops until stopped: at once again while it finds
 * work, after `idleMs` when it finds none or fails. For the queue-draining workers (portal calls,
 * deliveries, timers), whose queues live in PostgreSQL.
 */
export interface WorkLoopOptions {
  concurrency: number;
  idleMs: number;
  logger: Logger;
}

export class WorkLoop {
  private readonly loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  private stopped = false;

  get stopping(): boolean {
    return this.stopped;
  }

  constructor(
    private readonly name: string,
    private readonly work: () => Promise<boolean>,
    private readonly options: WorkLoopOptions,
  ) {}

  start(): void {
    for (let i = 0; i < this.options.concurrency; i += 1) this.loops.push(this.run());
  }

  /** Ends every idle wait at once: new work was announced. */
  wake(): void {
    for (const wake of this.sleepers) wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await Promise.all(this.loops);
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const found = await this.work().catch((error: unknown) => {
        this.options.logger.error({ err: error, loop: this.name }, 'work loop iteration failed; continuing');
        return false;
      });
      if (!found) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, this.options.idleMs);
      this.sleepers.add(wake);
    });
  }
}
