import { Controller, Get, Headers, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CreateSubscriptionRequest, DeliveryView, type DeliveryLog, type SubscriptionCreated, type SubscriptionList } from '@rma-hub/contracts';
import { Database } from '@rma-hub/persistence';
import { assertDeliverableUrl, generateWebhookSecret, HUB_CONFIG, notFound, parseOrThrow, problem, UnsafeUrlError, type HubConfig } from '@rma-hub/platform';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Idempotency } from '../claims/idempotency';

/**
 * A party registers a URL; every status change of every claim on its chain is then pushed there,
 * signed per Standard Webhooks with the secret returned once at registration.
 */
// The store keeps the delivery state as text; the contract promises the vocabulary.
const DeliveryState = DeliveryView.shape.state;

@Controller('v1/subscriptions')
@UseGuards(ApiKeyGuard)
export class SubscriptionsController {
  constructor(
    private readonly db: Database,
    private readonly idempotency: Idempotency,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  @Post()
  async create(
    @CurrentCaller() caller: Caller,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ) {
    const { url } = parseOrThrow(CreateSubscriptionRequest, request.body, 'subscription');
    await assertDeliverableUrl(url, { allowPrivate: this.config.subscriptions.allowPrivateTargets }).catch((error: unknown) => {
      if (!(error instanceof UnsafeUrlError)) throw error;
      throw problem(422, 'SUBSCRIPTION.URL_NOT_ALLOWED', 'This URL cannot receive webhooks', { errors: [{ pointer: '/url', detail: error.message }] });
    });
    // The key's record keeps the subscription without its secret; a replay reads the secret from the subscription itself.
    const outcome = await this.idempotency.run(caller.id, idempotencyKey, request, async (tx) => {
      const subscription = await tx.subscriptions.create(caller.id, url, generateWebhookSecret());
      const { secret, ...kept }: SubscriptionCreated = { id: subscription.id, url: subscription.url, secret: subscription.secret, createdAt: subscription.createdAt.toISOString() };
      return { statusCode: 201, body: { ...kept, secret }, storedBody: kept };
    });
    void reply.status(outcome.statusCode);
    return outcome.replayed && outcome.statusCode === 201 ? this.withSecret(caller, outcome.body as Omit<SubscriptionCreated, 'secret'>) : outcome.body;
  }

  private async withSecret(caller: Caller, kept: Omit<SubscriptionCreated, 'secret'>): Promise<SubscriptionCreated> {
    const subscription = await this.db.repositories.subscriptions.owned(kept.id, caller.id);
    if (!subscription) throw notFound('Subscription');
    return { ...kept, secret: subscription.secret };
  }

  @Get()
  async list(@CurrentCaller() caller: Caller): Promise<SubscriptionList> {
    const subscriptions = await this.db.repositories.subscriptions.ofParty(caller.id);
    return { subscriptions: subscriptions.map(({ id, url, createdAt }) => ({ id, url, createdAt: createdAt.toISOString() })) };
  }

  /** The delivery log, newest first: every status change owed, its attempts, the subscriber's last answer. */
  @Get(':id/deliveries')
  async deliveries(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<DeliveryLog> {
    const subscription = z.uuid().safeParse(id).success ? await this.db.repositories.subscriptions.owned(id, caller.id) : null;
    if (!subscription) throw notFound('Subscription');
    const deliveries = await this.db.repositories.subscriptions.deliveries(subscription.id, 200);
    return {
      subscriptionId: subscription.id,
      deliveries: deliveries.map((delivery) => ({
        id: delivery.id,
        claimId: delivery.claimId,
        state: DeliveryState.parse(delivery.state),
        attempts: delivery.attempts,
        lastStatus: delivery.lastStatus,
        lastError: delivery.lastError,
        deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
        nextAttemptAt: delivery.state === 'pending' ? delivery.nextAttemptAt.toISOString() : null,
        payload: delivery.payload,
      })),
    };
  }
}
