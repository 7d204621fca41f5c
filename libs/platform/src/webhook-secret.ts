import { randomBytes } from 'node:crypto';

/** A fresh Standard Webhooks signing secret. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}
