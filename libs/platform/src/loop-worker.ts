import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { ChannelListener, Database } from '@rma-hub/persistence';
import type { Logger } from './logger';
import { WorkLoop, type WorkLoopOptions } from './work-loop';

export interface LoopWorkerOptions extends WorkLoopOptions {
  /** A NOTIFY channel that announces new work: the idle loops look at once instead of at their next poll. */
  wakeOn?: { db: Database; channel: string };
}

/**
 * A provider that drains a queue kept in PostgreSQL: its loops start with the application; on
 * shutdown they take no new work and finish what they hold before the connections close.
 */
export abstract class LoopWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: WorkLoop;
  private readonly listener: ChannelListener | undefined;

  protected constructor(name: string, options: LoopWorkerOptions) {
    this.loop = new WorkLoop(name, () => this.takeNext(), options);
    this.listener = options.wakeOn?.db.listener(options.wakeOn.channel, {
      onNotify: () => this.loop.wake(),
      onError: (error) => logLostListener(options.logger, name, error),
    });
  }

  /** Takes the next due piece of work and finishes it; false when none is due. */
  abstract takeNext(): Promise<boolean>;

  async onApplicationBootstrap(): Promise<void> {
    this.loop.start();
    await this.listener?.start();
  }

  /** True once shutdown began: long work (a bulk job's batches) stops at its next safe point. */
  protected get stopping(): boolean {
    return this.loop.stopping;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
    await this.loop.stop();
  }
}

function logLostListener(logger: Logger, loop: string, error: Error): void {
  logger.warn({ err: error, loop }, 'work loop lost its notification connection; polling until it is back');
}
