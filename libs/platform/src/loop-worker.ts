import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { WorkLoop, type WorkLoopOptions } from './work-loop';

/**
 * A provider that drains a queue kept in PostgreSQL: its loops start with the application; on
 * shutdown they take no new work and finish what they hold before the connections close.
 */
export abstract class LoopWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: WorkLoop;

  protected constructor(name: string, options: WorkLoopOptions) {
    this.loop = new WorkLoop(name, () => this.takeNext(), options);
  }

  /** Takes the next due piece of work and finishes it; false when none is due. */
  abstract takeNext(): Promise<boolean>;

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** True once shutdown began: long work (a bulk job's batches) stops at its next safe point. */
  protected get stopping(): boolean {
    return this.loop.stopping;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
