import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { WorkLoop, type WorkLoopOptions } from './work-loop';

/** A provider that drains a queue kept in PostgreSQL: its loops start with the application and stop with it. */
export abstract class LoopWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: WorkLoop;

  protected constructor(name: string, options: WorkLoopOptions) {
    this.loop = new WorkLoop(name, () => this.takeNext(), options);
  }

  /** Takes the next due piece of work and finishes it; false when none is due. */
  abstract takeNext(): Promise<boolean>;

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
