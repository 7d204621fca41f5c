import { Inject, Injectable } from '@nestjs/common';
import { PORTAL_RMA_OPENED, PORTAL_RMA_REFUSED, PortalRmaRequestedV1 } from '@rma-hub/contracts';
import { KillPoints } from '@rma-hub/messaging';
import { Database, inStoredTrace, PORTAL_REQUESTS_CHANNEL, type LeasedPortalRequest } from '@rma-hub/persistence';
import { HUB_CONFIG, LOGGER, LoopWorker, type HubConfig, type Logger } from '@rma-hub/platform';
import { PortalAdapters } from './portal-adapter';
import { PortalRefusal, PortalThrottled } from './portal-errors';
import { PortalGuards } from './resilience/portal-guards';
import { describeFailure } from './resilience/portal-resilience';

const DEAD_LETTER_TOPIC = 'portal-request';
/** The connectors' tracer (its consumer's spans have the same name). */
const CONNECTORS_TRACER = 'rma-hub.connectors';
const MAX_REQUEUE_DELAY_MS = 60 * 60_000;
/** A portal whose next call slot is further away than this is skipped when leasing (see leaseDue). */
const SLOT_LOOKAHEAD_MS = 1_000;
/** Requests one loop leases at once and calls side by side (each portal's bulkhead still bounds its concurrent calls). */
const LEASE_BATCH = 16;

/**
 * Makes the queued portal calls, woken by the queue's NOTIFY. Requests are leased (hidden from
 * other workers) in batches in one statement, each called outside any transaction under the
 * portal's protection, and settled in one transaction: opened (→ rma-opened), refused for good (→ rma-refused and a dead letter), or
 * tried again later with a growing delay. A crash mid-call lets the lease lapse and the call is
 * repeated with the same idempotency keys, so no second RMA is ever opened.
 */
@Injectable()
export class PortalRequestWorker extends LoopWorker {
  constructor(
    private readonly db: Database,
    private readonly adapters: PortalAdapters,
    private readonly guards: PortalGuards,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly killPoints: KillPoints,
  ) {
    super('portal-requests', { concurrency: config.portals.concurrency, idleMs: 500, logger, wakeOn: { db, channel: PORTAL_REQUESTS_CHANNEL } });
  }

  /** Settles a batch of due requests, each in the trace of the message that queued it; false when none is due. */
  async takeNext(): Promise<boolean> {
    const leased = await this.db.repositories.portalRequests.leaseDue(LEASE_BATCH, this.guards.longestCallMs(), SLOT_LOOKAHEAD_MS);
    await Promise.all(
      leased.map((request) => {
        const attributes = { 'rma_hub.claim_id': request.claimId, 'rma_hub.portal': request.manufacturerId, 'rma_hub.attempt': request.attempts };
        return inStoredTrace(request.traceContext, CONNECTORS_TRACER, 'open RMA', attributes, () => this.settle(request));
      }),
    );
    return leased.length > 0;
  }

  private async settle(leased: LeasedPortalRequest): Promise<void> {
    const request = PortalRmaRequestedV1.parse(leased.payload);
    const channel = await this.db.repositories.network.channel(request.manufacturerId);
    const adapter = this.adapters.find(channel?.adapter);
    try {
      if (!channel?.baseUrl || !adapter) throw new PortalRefusal(`no portal adapter is configured for ${request.manufacturerId}`);
      const lines = await adapter.openRma(request, { baseUrl: channel.baseUrl }, this.guards.callFor(adapter.name, channel));
      await this.db.transaction(async (tx) => {
        await tx.portalRequests.complete(leased.id);
        if (adapter.fetchStatus) {
          const rmaNumbers = [...new Set(lines.map((line) => line.rmaNumber))];
          await tx.portalPolls.start(request.claimId, request.manufacturerId, rmaNumbers, this.config.portals.pollIntervalMs);
        }
        await tx.outbox.publish(PORTAL_RMA_OPENED, request.claimId, { claimId: request.claimId, manufacturerId: request.manufacturerId, lines, openedAt: new Date().toISOString() });
        this.killPoints.reach('connectors.after-portal-answer');
      });
    } catch (error) {
      await this.settleFailure(leased, request, error);
    }
  }

  private async settleFailure(leased: LeasedPortalRequest, request: PortalRmaRequestedV1, error: unknown): Promise<void> {
    const reason = describeFailure(error);
    if (error instanceof PortalThrottled) {
      const until = error.resumeAt();
      this.logger.info({ claimId: request.claimId, manufacturerId: request.manufacturerId, until }, 'portal throttled us; paused');
      await this.db.transaction(async (tx) => {
        await tx.portalPacing.pauseUntil(request.manufacturerId, until);
        await tx.portalRequests.throttled(leased.id, until, reason);
      });
      return;
    }
    const refused = error instanceof PortalRefusal;
    if (!refused && leased.attempts < this.config.portals.maxAttempts) {
      const delay = Math.min(this.config.portals.requeueDelayMs * 2 ** (leased.attempts - 1), MAX_REQUEUE_DELAY_MS);
      this.logger.warn({ claimId: request.claimId, attempt: leased.attempts, reason }, 'portal unavailable; the request waits');
      await this.db.repositories.portalRequests.retryAt(leased.id, new Date(Date.now() + delay * (0.8 + Math.random() * 0.4)), reason);
      return;
    }
    await this.db.transaction(async (tx) => {
      await tx.portalRequests.fail(leased.id, reason);
      await tx.deadLetters.add({
        consumer: 'rma-hub.connectors',
        topic: DEAD_LETTER_TOPIC,
        partition: null,
        offset: null,
        key: request.claimId,
        messageId: leased.id,
        payload: JSON.stringify(request),
        reason: refused ? reason : `gave up after ${leased.attempts} attempts: ${reason}`,
      });
      if (refused) {
        await tx.outbox.publish(PORTAL_RMA_REFUSED, request.claimId, {
          claimId: request.claimId,
          manufacturerId: request.manufacturerId,
          reason,
          missing: (error as PortalRefusal).missing,
          refusedAt: new Date().toISOString(),
        });
      }
    });
  }
}
