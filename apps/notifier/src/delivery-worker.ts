import { Inject, Injectable } from '@nestjs/common';
import axios, { type AxiosInstance } from 'axios';
import { Webhook } from 'standardwebhooks';
import { KillPoints } from '@rma-hub/messaging';
import { Database, inStoredTrace, type LeasedDelivery } from '@rma-hub/persistence';
import {
  HUB_CONFIG,
  HubMetrics,
  LOGGER,
  LoopWorker,
  parseDeliverableUrl,
  readOncePerScrape,
  publicOnlyAgents,
  traceHttpClient,
  type HubConfig,
  type Logger,
} from '@rma-hub/platform';
import { describeDeliveryFailure } from './delivery-failure';

const MAX_DELAY_MS = 60 * 60_000;
/** Subscribers' answers are not read; a bigger body is cut off rather than buffered. */
const MAX_RESPONSE_BYTES = 64 * 1024;
/** The notifier's tracer (its consumer's spans have the same name). */
const NOTIFIER_TRACER = 'rma-hub.notifier';

/**
 * Delivers owed status changes as Standard Webhooks-signed POSTs (the delivery id is the
 * `webhook-id`, so subscribers can de-duplicate). A delivery goes out only when every earlier one
 * for the same subscription and claim has, so each subscriber sees a claim's changes in order;
 * failures are retried with a doubling delay, and every attempt is in the delivery log. Each
 * subscription has one delivery in flight at a time, so a hanging subscriber holds one loop of four.
 */
@Injectable()
export class DeliveryWorker extends LoopWorker {
  private readonly http: AxiosInstance;

  constructor(
    private readonly db: Database,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly metrics: HubMetrics,
    private readonly killPoints: KillPoints,
  ) {
    super('deliveries', { concurrency: 4, idleMs: 200, logger });
    this.measureQueues();
    // Private targets allowed: nothing to check at connect time. Otherwise every connection goes to an
    // address checked public when it was resolved (DNS rebinding), and never through an env proxy.
    const agents = config.subscriptions.allowPrivateTargets ? {} : publicOnlyAgents();
    this.http = traceHttpClient(
      axios.create({ ...agents, proxy: false, maxRedirects: 0, maxContentLength: MAX_RESPONSE_BYTES, validateStatus: () => true }),
      NOTIFIER_TRACER,
    );
  }

  async takeNext(): Promise<boolean> {
    // An attempt is aborted at timeoutMs of wall-clock time (see attempt), so the lease outlasts it and
    // its settling: an overrunning delivery is never leased again by another worker.
    const delivery = await this.db.repositories.subscriptions.leaseNext(this.config.subscriptions.timeoutMs * 2 + 5_000);
    if (!delivery) return false;
    const attributes = { 'rma_hub.delivery_id': delivery.id, 'rma_hub.subscription_id': delivery.subscriptionId, 'rma_hub.attempt': delivery.attempts };
    const outcome = await inStoredTrace(delivery.traceContext, NOTIFIER_TRACER, 'deliver status change', attributes, () => this.attempt(delivery));
    const repository = this.db.repositories.subscriptions;
    const subscriber = delivery.partyId;
    if (outcome.ok) {
      this.killPoints.reach('notifier.after-delivery');
      await repository.delivered(delivery.id, outcome.status);
      this.metrics.deliveries.inc({ subscriber, outcome: 'delivered' });
    } else if (delivery.attempts >= this.config.subscriptions.maxAttempts) {
      await repository.abandon(delivery.id, outcome);
      this.metrics.deliveries.inc({ subscriber, outcome: 'abandoned' });
    } else {
      const delay = Math.min(this.config.subscriptions.retryDelayMs * 2 ** (delivery.attempts - 1), MAX_DELAY_MS);
      await repository.retryAt(delivery.id, new Date(Date.now() + delay * (0.8 + Math.random() * 0.4)), outcome);
      this.metrics.deliveries.inc({ subscriber, outcome: 'failed' });
    }
    return true;
  }

  private measureQueues(): void {
    const rows = readOncePerScrape(() => this.db.repositories.gauges.deliveriesBySubscriber());
    const bySubscriber = async (count: 'owed' | 'failing' | 'abandoned') => (await rows()).map((row) => ({ labels: { subscriber: row.subscriber }, value: row[count] }));
    this.metrics.deliveriesOwed.readFrom(() => bySubscriber('owed'));
    this.metrics.deliveriesFailing.readFrom(() => bySubscriber('failing'));
    this.metrics.deliveriesAbandoned.readFrom(() => bySubscriber('abandoned'));
  }

  private async attempt(delivery: LeasedDelivery): Promise<{ ok: true; status: number } | { ok: false; status: number | null; error: string }> {
    try {
      const url = parseDeliverableUrl(delivery.url, { allowPrivate: this.config.subscriptions.allowPrivateTargets });
      const body = JSON.stringify(delivery.payload);
      const timestamp = new Date();
      const response = await this.http.post(url.toString(), body, {
        // Wall-clock for the whole exchange; axios' own `timeout` stops counting once headers arrive.
        signal: AbortSignal.timeout(this.config.subscriptions.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'webhook-id': delivery.id,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': new Webhook(delivery.secret).sign(delivery.id, timestamp, body),
        },
      });
      return response.status >= 200 && response.status < 300
        ? { ok: true, status: response.status }
        : { ok: false, status: response.status, error: `answered ${response.status}` };
    } catch (error) {
      this.logger.debug({ err: error, deliveryId: delivery.id }, 'delivery attempt failed');
      return { ok: false, status: null, error: describeDeliveryFailure(error) };
    }
  }
}
