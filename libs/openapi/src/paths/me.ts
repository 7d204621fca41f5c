import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { MeView } from '@rma-hub/contracts';
import { AUTHENTICATED, jsonResponse, problemResponses } from '../responses';

export const mePaths: ZodOpenApiPathsObject = {
  '/v1/me': {
    get: {
      operationId: 'getMe',
      tags: ['Claims'],
      summary: 'Who the API key acts as: its party and role',
      description: 'Any authenticated party. The web workspace calls it after sign-in to learn which pages to offer.',
      responses: { 200: jsonResponse('The calling party.', MeView), ...problemResponses(AUTHENTICATED) },
    },
  },
};
