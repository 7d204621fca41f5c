import type { ZodOpenApiPathsObject, ZodOpenApiResponseObject } from 'zod-openapi';

const page = (description: string): ZodOpenApiResponseObject => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });
const NOT_BUILT = page('The web workspace is not built yet: a page saying to run `npm run web:build`.');

/**
 * The web workspace (apps/web), served by the gateway: not part of the API, listed so the document
 * names every route the gateway serves. It reaches the hub through the /v1 operations above.
 */
export const webAppPaths: ZodOpenApiPathsObject = {
  '/app': {
    get: {
      operationId: 'webApp',
      tags: ['Web workspace'],
      summary: 'The web workspace for people: sign in with an API key, work your claims',
      security: [],
      responses: { 200: page('The app’s page (index.html).'), 503: NOT_BUILT },
    },
  },
  '/app/': {
    get: {
      operationId: 'webAppRoot',
      tags: ['Web workspace'],
      summary: 'The web workspace’s page, as /app',
      security: [],
      responses: { 200: page('The app’s page (index.html).'), 503: NOT_BUILT },
    },
  },
  '/app/*': {
    get: {
      operationId: 'webAppFile',
      tags: ['Web workspace'],
      summary: 'The web workspace’s files and pages',
      description:
        'A file of the built app (content-hashed files under `/app/assets/` are cached for a year); any other path without a file extension is a page of the app and answers index.html; a missing file is a 404.',
      security: [],
      responses: { 200: page('A file of the app, or its page.'), 404: { description: 'No such file.', content: { 'text/plain': { schema: { type: 'string' } } } }, 503: NOT_BUILT },
    },
  },
};
