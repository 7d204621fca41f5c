import { Inject, Injectable } from '@nestjs/common';
import { PORTAL_STATUS_REPORTED } from '@rma-hub/contracts';
import { isFinal } from '@rma-hub/domain';
import { Database, type LeasedPoll } from '@rma-hub/persistence';
import { PORTAL_CONTRACTS, type PortalContract } from '@rma-hub/portals';
import { HUB_CONFIG, LOGGER, LoopWorker, type HubConfig, type Logger } from '@rma-hub/platform';
import { PortalAdapters } from './portal-adapter';
import { PortalThrottled } from './portal-errors';
import { PortalGuards } from './resilience/portal-guards';
import { describeFailure } from './resilience/portal-resilience';

/**
 * The fallback for portals that send no webhooks: each open RMA is polled, the interval doubling
 * while nothing changes and resetting when something does; a change is reported exactly as a
 * webhook would be. Polling stops once the claim reaches a final status.
 */
@Injectable()
export class PortalPoller extends LoopWorker {
  constructor(
    private readonly db: Database,
    private readonly adapters: PortalAdapters,
    private readonly guards: PortalGuards,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    super('portal-polls', { concurrency: 2, idleMs: 200, logger });
  }

  async takeNext(): Promise<boolean> {
    const polls = this.db.repositories.portalPolls;
    const poll = await polls.leaseNext(this.guards.longestCallMs());
    if (!poll) return false;
    const status = await this.db.repositories.claims.statusOf(poll.claimId);
    const channel = await this.db.repositories.network.channel(poll.manufacturerId);
    const adapter = this.adapters.find(channel?.adapter);
    const contract = channel?.adapter ? PORTAL_CONTRACTS[channel.adapter] : undefined;
    if (!status || isFinal(status) || !adapter?.fetchStatus || !contract || !channel?.baseUrl) {
      await polls.stop(poll.id);
      return true;
    }
    try {
      const reading = await adapter.fetchStatus(poll.rmaNumber, { baseUrl: channel.baseUrl }, this.guards.callFor(adapter.name, channel));
      if (reading.portalStatus === poll.lastStatus) {
        await polls.reschedule(poll.id, { intervalMs: Math.min(poll.intervalMs * 2, this.config.portals.pollMaxIntervalMs) });
        return true;
      }
      await this.report(poll, reading.portalStatus, reading.replacementSerial, contract);
    } catch (error) {
      this.logger.warn({ rmaNumber: poll.rmaNumber, reason: describeFailure(error) }, 'status poll failed; will poll again');
      if (error instanceof PortalThrottled) await this.db.repositories.portalPacing.pauseUntil(poll.manufacturerId, error.resumeAt());
      await polls.reschedule(poll.id, { intervalMs: poll.intervalMs });
    }
    return true;
  }

  private async report(poll: LeasedPoll, portalStatus: string, replacementSerial: string | undefined, contract: PortalContract): Promise<void> {
    const canonical = contract.toCanonical(portalStatus);
    const resolution = contract.toResolution(portalStatus);
    await this.db.transaction(async (tx) => {
      if (canonical) {
        await tx.outbox.publish(PORTAL_STATUS_REPORTED, poll.claimId, {
          manufacturerId: poll.manufacturerId,
          rmaNumber: poll.rmaNumber,
          portalStatus,
          status: canonical,
          ...(resolution ? { resolution } : {}),
          ...(replacementSerial ? { replacementSerial } : {}),
          occurredAt: new Date().toISOString(),
          source: 'poll',
        });
      } else {
        this.logger.warn({ rmaNumber: poll.rmaNumber, portalStatus }, 'portal reported a status with no canonical meaning');
      }
      await tx.portalPolls.reschedule(poll.id, { lastStatus: portalStatus, intervalMs: this.config.portals.pollIntervalMs });
    });
  }
}
