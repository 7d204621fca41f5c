import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { CreateSubscriptionRequest, DeliveryLog, SubscriptionCreated, SubscriptionList } from '@rma-hub/contracts';
import { AUTHENTICATED, IDEMPOTENT, idempotencyHeader, JSON_BODY, jsonResponse, problemResponses, PATH_PARAMS } from '../responses';

export const subscriptionPaths: ZodOpenApiPathsObject = {
  '/v1/subscriptions': {
    post: {
      operationId: 'createSubscription',
      tags: ['Subscriptions'],
      summary: "Push every status change of the claims on the caller's chain to a URL",
      description:
        'Each change is POSTed to the URL signed per Standard Webhooks with the secret returned here once, retried with backoff, in order per claim. HTTPS to public addresses only, checked here and at each delivery.',
      requestParams: { header: idempotencyHeader },
      requestBody: { required: true, content: { 'application/json': { schema: CreateSubscriptionRequest } } },
      responses: { 201: jsonResponse('The subscription, with its signing secret.', SubscriptionCreated), ...problemResponses(AUTHENTICATED, JSON_BODY, IDEMPOTENT, ['SUBSCRIPTION.URL_NOT_ALLOWED']) },
    },
    get: {
      operationId: 'listSubscriptions',
      tags: ['Subscriptions'],
      summary: "The caller's subscriptions",
      responses: { 200: jsonResponse('Every subscription of the caller (secrets are never shown again).', SubscriptionList), ...problemResponses(AUTHENTICATED) },
    },
  },
  '/v1/subscriptions/{id}/deliveries': {
    get: {
      operationId: 'listDeliveries',
      tags: ['Subscriptions'],
      summary: 'The delivery log, newest first (at most 200)',
      requestParams: { path: z.object({ id: z.uuid() }) },
      responses: { 200: jsonResponse('Every status change owed, its attempts and the last answer.', DeliveryLog), ...problemResponses(PATH_PARAMS, AUTHENTICATED, ['SUBSCRIPTION.NOT_FOUND']) },
    },
  },
};
