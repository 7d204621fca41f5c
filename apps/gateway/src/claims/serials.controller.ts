import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import type { SerialHistory } from '@rma-hub/contracts';
import { Database } from '@rma-hub/persistence';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';
import { resolutionOf } from './claim.view';

/** A unit's service history across claims, following replacements, limited to claims on the caller's chain. */
@Controller('v1/serials')
@UseGuards(ApiKeyGuard)
export class SerialsController {
  constructor(private readonly db: Database) {}

  @Get(':serial/history')
  async history(@CurrentCaller() caller: Caller, @Param('serial') serial: string): Promise<SerialHistory> {
    const lines = await this.db.repositories.claims.serialHistory(caller, serial);
    return {
      serial,
      entries: lines.map((line) => ({
        claimId: line.claimId,
        manufacturer: line.manufacturerId,
        claimStatus: line.claimStatus,
        openedAt: line.createdAt.toISOString(),
        serial: line.serial,
        model: line.model,
        rmaNumber: line.upstreamRma,
        outcome: resolutionOf(line.outcome),
        replacementSerial: line.replacementSerial,
        warrantyEndsOn: line.warrantyEndsOn,
      })),
    };
  }
}
