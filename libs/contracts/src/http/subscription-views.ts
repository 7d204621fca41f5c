import { z } from 'zod';

/** Body of `POST /v1/subscriptions`: where to push every status change of the claims on the caller's chain. */
export const CreateSubscriptionRequest = z.object({ url: z.string().max(2000).meta({ description: 'HTTPS, resolving to public addresses only.' }) });

const Timestamp = z.iso.datetime();

export const SubscriptionView = z.object({ id: z.uuid(), url: z.string(), createdAt: Timestamp }).meta({ id: 'Subscription' });

export const SubscriptionCreated = SubscriptionView.extend({
  secret: z.string().meta({ description: 'The Standard Webhooks signing secret (whsec_…), shown this once.' }),
}).meta({ id: 'SubscriptionCreated' });
export type SubscriptionCreated = z.infer<typeof SubscriptionCreated>;

export const SubscriptionList = z.object({ subscriptions: z.array(SubscriptionView) }).meta({ id: 'SubscriptionList' });
export type SubscriptionList = z.infer<typeof SubscriptionList>;

export const DeliveryView = z
  .object({
    id: z.uuid(),
    claimId: z.uuid(),
    state: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    lastStatus: z.number().int().nullable().meta({ description: "The subscriber's last HTTP status." }),
    lastError: z
      .string()
      .nullable()
      .meta({ description: "Why the last attempt failed, coarsely: `answered 503`, `timed out`, `could not connect`, `URL not allowed`, `answer too large or malformed`." }),
    deliveredAt: Timestamp.nullable(),
    nextAttemptAt: Timestamp.nullable(),
    payload: z.unknown().meta({ description: 'The status change as it is (or was) sent.' }),
  })
  .meta({ id: 'Delivery' });

export const DeliveryLog = z.object({ subscriptionId: z.uuid(), deliveries: z.array(DeliveryView) }).meta({ id: 'DeliveryLog' });
export type DeliveryLog = z.infer<typeof DeliveryLog>;
