import { Controller, Get, Header, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { HubMetrics } from '../metrics/hub-metrics';

@Controller()
export class MetricsController {
  constructor(private readonly hubMetrics: HubMetrics) {}

  /** Prometheus text exposition of this process's metrics (README "Metrics"). */
  @Get('metrics')
  @Header('cache-control', 'no-store')
  async exposition(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.type(this.hubMetrics.registry.contentType);
    return this.hubMetrics.registry.metrics();
  }
}
