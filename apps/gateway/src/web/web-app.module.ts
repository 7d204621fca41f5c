import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { serveWebApp, WEB_APP_DIST } from './serve-web-app';

/**
 * Serves the web workspace (apps/web, built by `npm run web:build`) at `/app`: its files as they are,
 * hashed assets cached for good, and every other `/app/*` path answered with index.html so the
 * browser's router shows the page. The API under /v1, /docs and the probes are not touched.
 */
@Module({})
export class WebAppModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    serveWebApp(this.adapterHost.httpAdapter.getInstance<FastifyInstance>(), WEB_APP_DIST);
  }
}
