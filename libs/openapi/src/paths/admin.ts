import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { DeadLetterPage, DeadLetterReplay, DeadLettersQuery } from '@rma-hub/contracts';
import { AUTHENTICATED, IDEMPOTENT, idempotencyHeader, jsonResponse, problemResponses } from '../responses';

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
        ...problemResponses(AUTHENTICATED, IDEMPOTENT, ['AUTH.OPERATOR_ONLY', 'DEAD_LETTER.NOT_FOUND', 'DEAD_LETTER.STILL_INVALID', 'DEAD_LETTER.NOT_REPLAYABLE']),
      },
    },
  },
};
