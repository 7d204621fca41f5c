import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { SerialHistoryQuery, type SerialHistory } from '@rma-hub/contracts';
import { Database } from '@rma-hub/persistence';
import { parseOrThrow } from '@rma-hub/platform';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';
import { resolutionOf } from './claim.view';
import { serialHistoryCursor } from './cursor';

/** A unit's service history across claims, following replacements, limited to claims on the caller's chain. */
@Controller('v1/serials')
@UseGuards(ApiKeyGuard)
export class SerialsController {
  constructor(private readonly db: Database) {}

  @Get(':serial/history')
  async history(@CurrentCaller() caller: Caller, @Param('serial') serial: string, @Query() rawQuery: unknown): Promise<SerialHistory> {
    const query = parseOrThrow(SerialHistoryQuery, rawQuery, 'query');
    const after = query.cursor === undefined ? undefined : serialHistoryCursor.decode(query.cursor);
    const found = await this.db.repositories.claims.serialHistory(caller, serial, { ...(after ? { after } : {}), limit: query.limit + 1 });
    const lines = found.slice(0, query.limit);
    const last = lines.at(-1);
    return {
      serial,
      nextCursor: found.length > query.limit && last ? serialHistoryCursor.encode({ openedAt: last.createdAt, lineId: last.id }) : null,
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
