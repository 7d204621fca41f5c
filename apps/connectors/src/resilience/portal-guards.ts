import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { Database, type ChannelRecord } from '@rma-hub/persistence';
import { HUB_CONFIG, HubMetrics, readOncePerScrape, type HubConfig } from '@rma-hub/platform';
import { CIRCUIT_STATES, outcomeOf, portalResilience, protectedCall, type AwaitCallSlot, type PortalCall, type PortalResilience } from './portal-resilience';

/**
 * One protection policy per portal, shared by every caller in this process (opening and polling
 * trip the same breaker), and the portal's rate limit, shared by every process through the
 * database: each HTTP exchange books the next free call slot and waits for it. Every call is
 * counted and timed by outcome; breakers, pauses and queues are read at scrape time.
 */
@Injectable()
export class PortalGuards {
  private readonly policies = new Map<string, PortalResilience>();

  constructor(
    private readonly db: Database,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly metrics: HubMetrics,
  ) {
    metrics.portalCircuit.readFrom(async () => this.circuitStates());
    const queues = readOncePerScrape(() => db.repositories.gauges.portalQueues());
    metrics.portalPause.readFrom(async () => (await queues()).map(({ portal, pauseSeconds }) => ({ labels: { portal }, value: pauseSeconds })));
    metrics.portalQueue.readFrom(async () => (await queues()).map(({ portal, waiting }) => ({ labels: { portal }, value: waiting })));
  }

  /** The longest one protected call can take (every attempt timing out, with backoff between them): how long to lease work that makes one. */
  longestCallMs(): number {
    const { timeoutMs, retryAttempts } = this.config.portals;
    return timeoutMs * (retryAttempts + 1) * 2 + 10_000;
  }

  callFor(portal: string, channel: Pick<ChannelRecord, 'manufacturerId' | 'maxRequestsPerSecond'>): PortalCall {
    let policy = this.policies.get(portal);
    if (!policy) {
      const { timeoutMs, retryAttempts, retryInitialDelayMs, breakerThreshold, breakerHalfOpenMs, concurrency } = this.config.portals;
      policy = portalResilience({
        timeoutMs,
        retryAttempts,
        retryInitialDelayMs,
        retryMaxDelayMs: Math.max(retryInitialDelayMs, 30_000),
        breakerThreshold,
        breakerHalfOpenMs,
        concurrency,
      });
      this.policies.set(portal, policy);
    }
    const call = protectedCall(policy, portal, channel.maxRequestsPerSecond ? this.slotAwaiter(channel.manufacturerId, 1000 / channel.maxRequestsPerSecond) : undefined);
    return (attempt) => this.measured(portal, () => call(attempt));
  }

  private async measured<T>(portal: string, call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const record = (outcome: string) => {
      this.metrics.portalCalls.inc({ portal, outcome });
      this.metrics.portalCallDuration.observe({ portal, outcome }, (performance.now() - started) / 1000);
    };
    try {
      const result = await call();
      record('ok');
      return result;
    } catch (error) {
      record(outcomeOf(error));
      throw error;
    }
  }

  private circuitStates() {
    return [...this.policies].flatMap(([portal, { breaker }]) =>
      Object.entries(CIRCUIT_STATES).map(([state, label]) => ({ labels: { portal, state: label }, value: Number(state) === breaker.state ? 1 : 0 })),
    );
  }

  private slotAwaiter(manufacturerId: string, intervalMs: number): AwaitCallSlot {
    return async (signal) => {
      const waitMs = await this.db.repositories.portalPacing.bookSlot(manufacturerId, intervalMs);
      if (waitMs > 0) await sleep(waitMs, undefined, { signal });
    };
  }
}
