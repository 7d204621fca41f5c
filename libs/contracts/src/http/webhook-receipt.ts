import { z } from 'zod';

/** The webhook receiver's answer to a portal: taken, or a redelivery of an id already taken (which changes nothing). */
export const WebhookReceipt = z.object({ accepted: z.boolean(), duplicate: z.boolean() }).meta({ id: 'WebhookReceipt' });
export type WebhookReceipt = z.infer<typeof WebhookReceipt>;
