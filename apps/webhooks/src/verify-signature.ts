import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { problem } from '@rma-hub/platform';

const REFUSALS: Record<string, { code: string; title: string }> = {
  'Missing required headers': { code: 'WEBHOOK.HEADERS_MISSING', title: 'webhook-id, webhook-timestamp and webhook-signature are required' },
  'Invalid Signature Headers': { code: 'WEBHOOK.HEADERS_INVALID', title: 'The webhook headers are malformed' },
  'Message timestamp too old': { code: 'WEBHOOK.TIMESTAMP_STALE', title: 'The webhook timestamp is more than 5 minutes old' },
  'Message timestamp too new': { code: 'WEBHOOK.TIMESTAMP_IN_FUTURE', title: 'The webhook timestamp is more than 5 minutes ahead' },
};

const TOLERANCE_SECONDS = 5 * 60;
const refuse = (reason: keyof typeof REFUSALS) => problem(401, REFUSALS[reason]!.code, REFUSALS[reason]!.title);

/**
 * What can be refused before any look-up or HMAC: the Standard Webhooks headers missing, or a
 * timestamp outside ±5 minutes. So a flood of unsigned or replayed requests costs no database
 * query and no hashing.
 */
export function refuseBadEnvelope(headers: Record<string, string | undefined>, now = new Date()): void {
  const { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature } = headers;
  if (!id || !timestamp || !signature) throw refuse('Missing required headers');
  if (!/^\d{1,12}$/.test(timestamp)) throw refuse('Invalid Signature Headers');
  const skew = Number(timestamp) - Math.floor(now.getTime() / 1000);
  if (skew < -TOLERANCE_SECONDS) throw refuse('Message timestamp too old');
  if (skew > TOLERANCE_SECONDS) throw refuse('Message timestamp too new');
}

/**
 * Checks a Standard Webhooks signature (HMAC-SHA256 over id.timestamp.body, ±5 minutes) against
 * each of the manufacturer's current secrets, so a secret can be rotated without dropping events.
 */
export function verifySignature(rawBody: Buffer, headers: Record<string, string>, secrets: string[]): void {
  let refusal = { code: 'WEBHOOK.SIGNATURE_INVALID', title: 'The webhook signature does not match' };
  for (const secret of secrets) {
    try {
      // Verification only: the body is parsed (and its contract checked) by the caller.
      new Webhook(secret).verify(rawBody, headers, { jsonParse: false });
      return;
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      refusal = REFUSALS[error.message] ?? refusal;
    }
  }
  throw problem(401, refusal.code, refusal.title);
}
