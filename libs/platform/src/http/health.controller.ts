import { Controller, Get } from '@nestjs/common';
import { KafkaConnection } from '@rma-hub/messaging';
import { Database } from '@rma-hub/persistence';
import { problem } from './problem';

@Controller()
export class HealthController {
  constructor(
    private readonly db: Database,
    private readonly kafka: KafkaConnection,
  ) {}

  /** Liveness: the process answers. */
  @Get('healthz')
  healthz() {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL answers and the Kafka producer is connected. */
  @Get('readyz')
  async readyz() {
    const database = await this.db.ping().then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const kafka = this.kafka.isReady() ? 'up' : 'down';
    if (database !== 'up' || kafka !== 'up') {
      throw problem(503, 'HEALTH.NOT_READY', 'Not ready', { checks: { database, kafka } });
    }
    return { status: 'ready', checks: { database, kafka } };
  }
}
