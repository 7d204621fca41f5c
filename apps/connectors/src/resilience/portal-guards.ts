import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { Database, type ChannelRecord } from '@rma-hub/persistence';
import { HUB_CONFIG, type HubConfig } from '@rma-hub/platform';
import { portalResilience, protectedCall, type AwaitCallSlot, type PortalCall, type PortalResilience } from './portal-resilience';

/**
 * One protection policy per portal, shared by every caller in this process (opening and polling
 * trip the same breaker), and the portal's rate limit, shared by every process through the
 * database: each HTTP exchange books the next free call slot and waits for it.
 */
@Injectable()
export class PortalGuards {
  private readonly policies = new Map<string, PortalResilience>();

  constructor(
    private readonly db: Database,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

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
    return protectedCall(policy, portal, channel.maxRequestsPerSecond ? this.slotAwaiter(channel.manufacturerId, 1000 / channel.maxRequestsPerSecond) : undefined);
  }

  private slotAwaiter(manufacturerId: string, intervalMs: number): AwaitCallSlot {
    return async (signal) => {
      const waitMs = await this.db.repositories.portalPacing.bookSlot(manufacturerId, intervalMs);
      if (waitMs > 0) await sleep(waitMs, undefined, { signal });
    };
  }
}
