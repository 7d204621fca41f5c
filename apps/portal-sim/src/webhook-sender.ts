import { randomUUID } from 'node:crypto';
import { context, type Context } from '@opentelemetry/api';
import axios from 'axios';
import { Webhook } from 'standardwebhooks';
import { traceHttpClient } from '@rma-hub/platform';
import { SIMULATOR_TRACER } from './tracer';

export interface SentWebhook {
  id: string;
  status: number;
}

/**
 * Delivers Standard Webhooks-signed POSTs about a portal's RMAs, as a manufacturer portal would,
 * and as one that supports W3C Trace Context would: each webhook about an RMA carries the trace the
 * RMA was opened in, so the hub's handling of it joins the claim's trace.
 */
export class WebhookSender {
  private readonly http = traceHttpClient(axios.create({ validateStatus: () => true, timeout: 10_000 }), SIMULATOR_TRACER);
  private readonly traceOfRma = new Map<string, Context>();

  constructor(
    private readonly url: () => string,
    private readonly secret: string,
  ) {}

  /** Remembers the active trace (the create call's) as the one the RMA's later webhooks belong to. */
  opened(rmaId: string): void {
    this.traceOfRma.set(rmaId, context.active());
  }

  send(rmaId: string, payload: unknown, id: string = `msg_${randomUUID()}`): Promise<SentWebhook> {
    return context.with(this.traceOfRma.get(rmaId) ?? context.active(), async () => {
      const body = JSON.stringify(payload);
      const timestamp = new Date();
      const signature = new Webhook(this.secret).sign(id, timestamp, body);
      const response = await this.http.post(this.url(), body, {
        headers: {
          'content-type': 'application/json',
          'webhook-id': id,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': signature,
        },
      });
      return { id, status: response.status };
    });
  }
}
