import { Inject, Injectable } from '@nestjs/common';
import axios, { type AxiosInstance } from 'axios';
import { Webhook } from 'standardwebhooks';
import { Database, type LeasedDelivery } from '@rma-hub/persistence';
import { assertDeliverableUrl, HUB_CONFIG, LOGGER, LoopWorker, type HubConfig, type Logger } from '@rma-hub/platform';

const MAX_DELAY_MS = 60 * 60_000;

/**
 * Delivers owed status changes as Standard Webhooks-signed POSTs (the delivery id is the
 * `webhook-id`, so subscribers can de-duplicate). A delivery goes out only when every earlier one
 * for the same subscription and claim has, so each subscriber sees a claim's changes in order;
 * failures are retried with a doubling delay, and every attempt is in the delivery log.
 */
@Injectable()
export class DeliveryWorker extends LoopWorker {
  private readonly http: AxiosInstance;

  constructor(
    private readonly db: Database,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    super('deliveries', { concurrency: 4, idleMs: 200, logger });
    this.http = axios.create({ timeout: config.subscriptions.timeoutMs, maxRedirects: 0, validateStatus: () => true });
  }

  async takeNext(): Promise<boolean> {
    const delivery = await this.db.repositories.subscriptions.leaseNext(this.config.subscriptions.timeoutMs * 2 + 5_000);
    if (!delivery) return false;
    const outcome = await this.attempt(delivery);
    const repository = this.db.repositories.subscriptions;
    if (outcome.ok) {
      await repository.delivered(delivery.id, outcome.status);
    } else if (delivery.attempts >= this.config.subscriptions.maxAttempts) {
      await repository.abandon(delivery.id, outcome);
    } else {
      const delay = Math.min(this.config.subscriptions.retryDelayMs * 2 ** (delivery.attempts - 1), MAX_DELAY_MS);
      await repository.retryAt(delivery.id, new Date(Date.now() + delay * (0.8 + Math.random() * 0.4)), outcome);
    }
    return true;
  }

  private async attempt(delivery: LeasedDelivery): Promise<{ ok: true; status: number } | { ok: false; status: number | null; error: string }> {
    try {
      const url = await assertDeliverableUrl(delivery.url, { allowPrivate: this.config.subscriptions.allowPrivateTargets });
      const body = JSON.stringify(delivery.payload);
      const timestamp = new Date();
      const response = await this.http.post(url.toString(), body, {
        headers: {
          'content-type': 'application/json',
          'webhook-id': delivery.id,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': new Webhook(delivery.secret).sign(delivery.id, timestamp, body),
        },
      });
      return response.status >= 200 && response.status < 300
        ? { ok: true, status: response.status }
        : { ok: false, status: response.status, error: `subscriber answered ${response.status}` };
    } catch (error) {
      return { ok: false, status: null, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
