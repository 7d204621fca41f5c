import { Controller, Get, UseGuards } from '@nestjs/common';
import type { ServiceInstanceList } from '@rma-hub/contracts';
import { Database } from '@rma-hub/persistence';
import { problem, serviceState } from '@rma-hub/platform';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';

/** Operators see every service instance's health as each last reported it to the database (the services never call each other). */
@Controller('v1/admin/services')
@UseGuards(ApiKeyGuard)
export class ServicesController {
  constructor(private readonly db: Database) {}

  @Get()
  async services(@CurrentCaller() caller: Caller): Promise<ServiceInstanceList> {
    if (caller.role !== 'operator') throw problem(403, 'AUTH.OPERATOR_ONLY', 'Only operators see the services’ health');
    const rows = await this.db.repositories.heartbeats.list();
    return {
      services: rows.map((row) => ({
        service: row.service,
        instance: row.instance,
        startedAt: row.startedAt.toISOString(),
        lastSeenAt: row.lastSeenAt.toISOString(),
        state: serviceState(row),
        checks: row.checks,
        figures: row.figures,
      })),
    };
  }
}
