import { Controller, Get } from '@nestjs/common';
import { Readiness } from '../readiness';
import { problem } from './problem';

@Controller()
export class HealthController {
  constructor(private readonly readiness: Readiness) {}

  /** Liveness: the process answers. */
  @Get('healthz')
  healthz() {
    return { status: 'ok' };
  }

  /** Readiness: every dependency answers now (PostgreSQL, the Kafka cluster, each consumer's group membership) and the service is not draining. */
  @Get('readyz')
  async readyz() {
    const { ready, checks } = await this.readiness.report();
    if (!ready) {
      const wrong = Object.entries(checks).filter(([, verdict]) => verdict !== 'up');
      throw problem(503, 'HEALTH.NOT_READY', 'Not ready', { detail: wrong.map(([name, verdict]) => `${name}: ${verdict}`).join('; '), checks });
    }
    return { status: 'ready', checks };
  }
}
