import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import apiReference from '@scalar/fastify-api-reference';
import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument } from './document';

/**
 * Serves the API's documentation: `/docs` for people (the Scalar API reference, its script served by
 * the hub itself, so the page works offline) and `/docs/openapi.json` for machines. Imported by every
 * app whose routes the document describes; Nest makes it one instance in a process that runs several.
 */
@Module({})
export class ApiDocsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const document = buildOpenApiDocument();
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    // Queued, not awaited: Fastify loads it when the server starts. Awaiting it here boots Fastify's plugin
    // queue before Nest has finished its setup, and body-parse errors then bypassed the problem+json filter.
    void fastify.register(apiReference, {
      routePrefix: '/docs',
      logLevel: 'warn',
      configuration: {
        content: () => document,
        pageTitle: 'rma-hub API',
        // Nothing from outside the hub: no web fonts, telemetry or hosted agent.
        withDefaultFonts: false,
        telemetry: false,
        agent: { disabled: true },
        mcp: { disabled: true },
        showDeveloperTools: 'never',
      },
    });
  }
}
