import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from '@rma-hub/persistence';
import type { Logger } from '../logger';
import { LoopWorker } from '../loop-worker';
import type { HubMetrics } from '../metrics/hub-metrics';
import type { Readiness } from '../readiness';
import { readFigures } from './figures';

/** A crashed instance stays listed as stale this long, then its rows go (the next report of any instance deletes them). */
const FORGET_AFTER_MS = 24 * 3_600_000;

export interface HeartbeatIdentity {
  /** The services this process hosts: one, or several in one-process mode. */
  services: readonly string[];
  instance: string;
  startedAt: Date;
}

/** This process as the heartbeat rows name it: host and pid, and a random suffix so two hubs in one process stay apart (tests). */
export function heartbeatIdentity(services: readonly string[]): HeartbeatIdentity {
  return { services, instance: `${hostname()}:${process.pid}:${randomBytes(2).toString('hex')}`, startedAt: new Date() };
}

/**
 * Reports this process's readiness checks and key figures to PostgreSQL every interval, where the
 * gateway reads every instance's for operators (apps may not call each other over HTTP). On a clean
 * stop its rows go; a crashed instance's rows stay and age into `stale`.
 */
export class HeartbeatReporter extends LoopWorker {
  constructor(
    private readonly db: Database,
    private readonly readiness: Readiness,
    private readonly metrics: HubMetrics,
    private readonly identity: HeartbeatIdentity,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {
    super('heartbeat', { concurrency: 1, idleMs: intervalMs, logger });
  }

  async takeNext(): Promise<boolean> {
    const [{ ready, checks }, figures] = await Promise.all([this.readiness.report(), readFigures(this.metrics.registry)]);
    await this.db.repositories.heartbeats.beat({ ...this.identity, intervalMs: this.intervalMs, ready, checks, figures }, FORGET_AFTER_MS);
    return false;
  }

  override async beforeApplicationShutdown(): Promise<void> {
    await super.beforeApplicationShutdown();
    await this.db.repositories.heartbeats.stop(this.identity.services, this.identity.instance).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'could not remove the heartbeat rows; they will read as stale');
    });
  }
}
