import { randomUUID } from 'node:crypto';
import axios from 'axios';
import { Webhook } from 'standardwebhooks';

export interface SentWebhook {
  id: string;
  status: number;
}

/** Delivers a Standard Webhooks-signed POST, as a manufacturer portal would. */
export class WebhookSender {
  constructor(
    private readonly url: () => string,
    private readonly secret: string,
  ) {}

  async send(payload: unknown, id: string = `msg_${randomUUID()}`): Promise<SentWebhook> {
    const body = JSON.stringify(payload);
    const timestamp = new Date();
    const signature = new Webhook(this.secret).sign(id, timestamp, body);
    const response = await axios.post(this.url(), body, {
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': signature,
      },
      validateStatus: () => true,
      timeout: 10_000,
    });
    return { id, status: response.status };
  }
}
