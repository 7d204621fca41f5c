import { createDocument } from 'zod-openapi';
import { adminPaths } from './paths/admin';
import { analyticsPaths } from './paths/analytics';
import { bulkPaths } from './paths/bulk';
import { claimPaths } from './paths/claims';
import { mePaths } from './paths/me';
import { operationalPaths } from './paths/operations';
import { subscriptionPaths } from './paths/subscriptions';
import { webAppPaths } from './paths/web-app';
import { webhookPaths } from './paths/webhooks';
import { PROBLEM_CODES } from './problem-codes';

export type OpenApiDocument = ReturnType<typeof createDocument>;

const problemTable = [
  '| code | status | when |',
  '|---|---|---|',
  ...Object.entries(PROBLEM_CODES).map(([code, { status, when }]) => `| \`${code}\` | ${status} | ${when} |`),
].join('\n');

const DESCRIPTION = `The public HTTP API of rma-hub: a reseller submits an RMA claim once; the hub routes it along the chain (reseller → distributor → manufacturer) and carries every status change back.

Every call takes \`Authorization: Bearer <api key>\`, except the manufacturer portals' webhooks (signed instead), the probes and this documentation. A claim off the caller's chain is a 404, exactly like one that does not exist. Mutating calls honour \`Idempotency-Key\`.

Errors are RFC 9457 \`application/problem+json\` with a stable \`code\`; each operation lists the codes it may answer, and bad input carries an \`errors\` list of JSON Pointers with the reason.

${problemTable}`;

/**
 * The OpenAPI 3.1 document of the gateway and the webhook receiver, built from the same zod schemas
 * that validate their requests and type their answers (libs/contracts). Served at /docs/openapi.json,
 * committed as docs/openapi.json, and the source of the typed client (libs/api-client).
 */
export function buildOpenApiDocument(): OpenApiDocument {
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'rma-hub API', version: '1', description: DESCRIPTION },
    tags: [
      { name: 'Claims', description: 'Submit, read, list and move claims; serial histories.' },
      { name: 'Analytics', description: 'Where the time goes along the chain, outcomes and charges.' },
      { name: 'Bulk', description: 'Imports of claim files and forwards of many claims, as jobs.' },
      { name: 'Subscriptions', description: 'Status changes pushed to your URL, signed.' },
      { name: 'Admin', description: 'Dead letters, for operators.' },
      { name: 'Webhooks', description: 'What manufacturer portals send the hub.' },
      { name: 'Operations', description: 'Probes and metrics.' },
      { name: 'Documentation', description: 'This document.' },
      { name: 'Web workspace', description: 'The browser app served at /app (not part of the API; it uses the operations above).' },
    ],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key issued to your party, as `Authorization: Bearer <api key>`.' },
      },
    },
    paths: { ...mePaths, ...claimPaths, ...analyticsPaths, ...bulkPaths, ...subscriptionPaths, ...adminPaths, ...webhookPaths, ...operationalPaths, ...webAppPaths },
  });
}
