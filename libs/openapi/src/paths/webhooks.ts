import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { WebhookReceipt } from '@rma-hub/contracts';
import { InnovaphoneWebhook, UbiquitiWebhook } from '@rma-hub/portals';
import { jsonResponse, problemResponses, PATH_PARAMS } from '../responses';

/** The webhook body of each portal that sends webhooks, by adapter (a unit test keeps it in step with PORTAL_CONTRACTS). */
export const PORTAL_WEBHOOK_BODIES: Record<string, z.ZodType> = {
  ubiquiti: UbiquitiWebhook.meta({ id: 'UbiquitiWebhook', description: "Ubiquiti's RMA status change." }),
  innovaphone: InnovaphoneWebhook.meta({ id: 'InnovaphoneWebhook', description: "innovaphone's RMA update." }),
};

const SignatureHeaders = z.object({
  'webhook-id': z.string().meta({ description: 'The message id; a redelivery carries the same id and changes nothing.' }),
  'webhook-timestamp': z.string().meta({ description: 'Unix seconds; more than 5 minutes off is refused.' }),
  'webhook-signature': z.string().meta({ description: 'v1,<base64 HMAC-SHA256 of id.timestamp.body>, space-separated if several.' }),
});

export const webhookPaths: ZodOpenApiPathsObject = {
  '/v1/webhooks/{manufacturer}': {
    post: {
      operationId: 'receivePortalWebhook',
      tags: ['Webhooks'],
      summary: "A manufacturer portal's status update (served by the webhook receiver)",
      description:
        "Signed per Standard Webhooks with one of the manufacturer's current secrets (several are accepted while a secret is rotated). The body is the portal's own webhook (at most 64 KiB, else 413), checked against its contract; the claim line carrying the RMA number follows. Missing signature headers and timestamps outside ±5 minutes are refused before anything is looked up.",
      security: [],
      requestParams: { path: z.object({ manufacturer: z.string().meta({ description: 'The manufacturer party id, e.g. ubiquiti.' }) }), header: SignatureHeaders },
      requestBody: { required: true, content: { 'application/json': { schema: z.union(Object.values(PORTAL_WEBHOOK_BODIES)) } } },
      responses: {
        200: jsonResponse('Taken, or a redelivery of an id already taken.', WebhookReceipt),
        ...problemResponses(PATH_PARAMS, [
          'REQUEST.INVALID',
          'REQUEST.MALFORMED',
          'REQUEST.TOO_LARGE',
          'REQUEST.UNSUPPORTED_MEDIA_TYPE',
          'WEBHOOK_ENDPOINT.NOT_FOUND',
          'WEBHOOK.HEADERS_MISSING',
          'WEBHOOK.HEADERS_INVALID',
          'WEBHOOK.TIMESTAMP_STALE',
          'WEBHOOK.TIMESTAMP_IN_FUTURE',
          'WEBHOOK.SIGNATURE_INVALID',
          'AUTH.TOO_MANY_FAILURES',
          'WEBHOOK.PAYLOAD_INVALID',
          'WEBHOOK.UNKNOWN_STATUS',
          'WEBHOOK.UNKNOWN_RMA',
          'INTERNAL',
          'SERVICE.UNAVAILABLE',
        ]),
      },
    },
  },
};
