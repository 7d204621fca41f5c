import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ChargeAnalyticsQuery, HopAnalyticsQuery, OutcomeAnalyticsQuery, type ChargeAnalytics, type HopAnalytics, type OutcomeAnalytics } from '@rma-hub/contracts';
import { Database } from '@rma-hub/persistence';
import { parseOrThrow } from '@rma-hub/platform';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';

/** Per-tier figures over the claims on the caller's chain (an operator's: every claim), computed by PostgreSQL over the timelines. */
@Controller('v1/analytics')
@UseGuards(ApiKeyGuard)
export class AnalyticsController {
  constructor(private readonly db: Database) {}

  @Get('hops')
  async hops(@CurrentCaller() caller: Caller, @Query() rawQuery: unknown): Promise<HopAnalytics> {
    const { period, ...filter } = parseOrThrow(HopAnalyticsQuery, rawQuery, 'query');
    const until = new Date();
    return { period, openCountedUntil: until.toISOString(), periods: await this.db.repositories.analytics.timeWithParties(caller, filter, period, until) };
  }

  @Get('outcomes')
  async outcomes(@CurrentCaller() caller: Caller, @Query() rawQuery: unknown): Promise<OutcomeAnalytics> {
    const filter = parseOrThrow(OutcomeAnalyticsQuery, rawQuery, 'query');
    return { groups: await this.db.repositories.analytics.outcomes(caller, filter) };
  }

  @Get('charges')
  async charges(@CurrentCaller() caller: Caller, @Query() rawQuery: unknown): Promise<ChargeAnalytics> {
    const { period, ...filter } = parseOrThrow(ChargeAnalyticsQuery, rawQuery, 'query');
    return { period, periods: await this.db.repositories.analytics.charges(caller, filter, period) };
  }
}
