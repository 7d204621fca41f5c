import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../responses';

const text = (description: string, mediaType: string) => ({ description, content: { [mediaType]: { schema: z.string() } } });

/** Probes, metrics and this documentation: served by every HTTP service, without an API key. */
export const operationalPaths: ZodOpenApiPathsObject = {
  '/healthz': {
    get: {
      operationId: 'liveness',
      tags: ['Operations'],
      summary: 'Liveness: the process answers',
      security: [],
      responses: { 200: jsonResponse('Alive.', z.looseObject({ status: z.string() })) },
    },
  },
  '/readyz': {
    get: {
      operationId: 'readiness',
      tags: ['Operations'],
      summary: 'Readiness: what the service needs is up',
      description: 'A 503 names what is wrong in its `checks`.',
      security: [],
      responses: { 200: jsonResponse('Ready, with each check.', z.looseObject({ status: z.string() })), ...problemResponses(['HEALTH.NOT_READY']) },
    },
  },
  '/metrics': {
    get: {
      operationId: 'metrics',
      tags: ['Operations'],
      summary: 'Prometheus metrics',
      security: [],
      responses: { 200: text('The Prometheus text exposition format.', 'text/plain') },
    },
  },
  '/docs': {
    get: {
      operationId: 'docsPage',
      tags: ['Documentation'],
      summary: 'This documentation for people (redirects to /docs/)',
      security: [],
      responses: { 301: { description: 'To /docs/.' } },
    },
  },
  '/docs/': {
    get: {
      operationId: 'docsPageHtml',
      tags: ['Documentation'],
      summary: 'This documentation for people, as a web page that needs nothing from outside the hub',
      security: [],
      responses: { 200: text('The API reference page.', 'text/html') },
    },
  },
  '/docs/js/scalar.js': {
    get: {
      operationId: 'docsPageScript',
      tags: ['Documentation'],
      summary: "The page's script (the Scalar API reference, served by the hub)",
      security: [],
      responses: { 200: text('JavaScript.', 'application/javascript') },
    },
  },
  '/docs/openapi.json': {
    get: {
      operationId: 'openApiJson',
      tags: ['Documentation'],
      summary: 'This OpenAPI 3.1 document, for machines',
      security: [],
      responses: { 200: { description: 'This document.', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  },
  '/docs/openapi.yaml': {
    get: {
      operationId: 'openApiYaml',
      tags: ['Documentation'],
      summary: 'This OpenAPI 3.1 document, as YAML',
      security: [],
      responses: { 200: text('This document.', 'application/yaml') },
    },
  },
};
