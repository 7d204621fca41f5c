import { Inject, Injectable } from '@nestjs/common';
import type { IPolicy } from 'cockatiel';
import { HUB_CONFIG, type HubConfig } from '@rma-hub/platform';
import { portalResilience, protectedCall, type PortalCall } from './portal-resilience';

/** One protection policy per portal, shared by every caller in this process (opening and polling trip the same breaker). */
@Injectable()
export class PortalGuards {
  private readonly policies = new Map<string, IPolicy>();

  constructor(@Inject(HUB_CONFIG) private readonly config: HubConfig) {}

  callFor(portal: string): PortalCall {
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
    return protectedCall(policy, portal);
  }
}
