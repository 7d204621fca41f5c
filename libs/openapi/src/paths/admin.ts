import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { ApiKeyList, ApiKeysQuery, ApiKeyView, CreateApiKeyRequest, CreatedApiKey, DeadLetterPage, DeadLetterReplay, DeadLettersQuery, NetworkView, ServiceInstanceList } from '@rma-hub/contracts';
import { AUTHENTICATED, IDEMPOTENT, idempotencyHeader, JSON_BODY, jsonResponse, problemResponses, PATH_PARAMS } from '../responses';

export const adminPaths: ZodOpenApiPathsObject = {
  '/v1/admin/dead-letters': {
    get: {
      operationId: 'listDeadLetters',
      tags: ['Admin'],
      summary: 'Work that failed for good, newest first (operators)',
      description: 'Messages that break their contract or can never be applied, and portal calls past their last attempt, each with the reason.',
      requestParams: { query: DeadLettersQuery },
      responses: { 200: jsonResponse('One page of dead letters.', DeadLetterPage), ...problemResponses(AUTHENTICATED, ['REQUEST.INVALID', 'AUTH.OPERATOR_ONLY']) },
    },
  },
  '/v1/admin/dead-letters/{id}/replay': {
    post: {
      operationId: 'replayDeadLetter',
      tags: ['Admin'],
      summary: 'Replay a dead letter once (operators)',
      description: 'A portal call goes back in the queue; a message is published again. A second replay changes nothing (`replayed: false`).',
      requestParams: { path: z.object({ id: z.uuid() }), header: idempotencyHeader },
      responses: {
        200: jsonResponse('Whether this call replayed it, and the letter.', DeadLetterReplay),
        ...problemResponses(PATH_PARAMS, AUTHENTICATED, JSON_BODY, IDEMPOTENT, ['AUTH.OPERATOR_ONLY', 'DEAD_LETTER.NOT_FOUND', 'DEAD_LETTER.STILL_INVALID', 'DEAD_LETTER.NOT_REPLAYABLE']),
      },
    },
  },
  '/v1/admin/network': {
    get: {
      operationId: 'getNetwork',
      tags: ['Admin'],
      summary: 'The network the hub serves: parties, routes, channels and every policy version (operators)',
      description: "No API keys and no webhook secrets. For each distributor override, `differences` lists the rules whose value in force for the distributor's claims differs from the manufacturer's latest version.",
      responses: { 200: jsonResponse('The network.', NetworkView), ...problemResponses(AUTHENTICATED, ['AUTH.OPERATOR_ONLY']) },
    },
  },
  '/v1/admin/services': {
    get: {
      operationId: 'listServices',
      tags: ['Admin'],
      summary: 'Every service instance and its health, as each last reported it (operators)',
      description:
        'Each running instance of each service reports its readiness checks and a few key figures to the database every `HEARTBEAT_INTERVAL_MS` and removes its rows when it stops cleanly. One that has not reported within three of its intervals (crashed, hung or cut off from PostgreSQL) is `stale`, and is forgotten after a day.',
      responses: { 200: jsonResponse('Every instance that reported lately.', ServiceInstanceList), ...problemResponses(AUTHENTICATED, ['AUTH.OPERATOR_ONLY']) },
    },
  },
  '/v1/admin/api-keys': {
    post: {
      operationId: 'createApiKey',
      tags: ['Admin'],
      summary: "Issue an API key for a party (operators)",
      description:
        'The hub generates the key (256 random bits behind the `rmahub_` prefix) and shows it in this answer only: it stores a hash and a short hint. Not replayable by Idempotency-Key, so no stored answer ever holds a key; each call issues a new one.',
      requestBody: { required: true, content: { 'application/json': { schema: CreateApiKeyRequest } } },
      responses: { 201: jsonResponse('The new key, shown once.', CreatedApiKey), ...problemResponses(AUTHENTICATED, JSON_BODY, ['AUTH.OPERATOR_ONLY', 'API_KEY.UNKNOWN_PARTY']) },
    },
    get: {
      operationId: 'listApiKeys',
      tags: ['Admin'],
      summary: 'API keys, revoked ones included, without the keys themselves (operators)',
      requestParams: { query: ApiKeysQuery },
      responses: { 200: jsonResponse('Every key, or one party’s.', ApiKeyList), ...problemResponses(AUTHENTICATED, ['REQUEST.INVALID', 'AUTH.OPERATOR_ONLY']) },
    },
  },
  '/v1/admin/api-keys/{id}': {
    delete: {
      operationId: 'revokeApiKey',
      tags: ['Admin'],
      summary: 'Revoke an API key at once (operators)',
      description: 'The next call with the key is refused with 401. Revoking it again changes nothing.',
      requestParams: { path: z.object({ id: z.uuid() }) },
      responses: { 200: jsonResponse('The key, revoked.', ApiKeyView), ...problemResponses(PATH_PARAMS, AUTHENTICATED, JSON_BODY, ['AUTH.OPERATOR_ONLY', 'API_KEY.NOT_FOUND']) },
    },
  },
};
