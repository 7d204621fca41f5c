import { Controller, Get, UseGuards } from '@nestjs/common';
import type { MeView } from '@rma-hub/contracts';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';

/** `GET /v1/me`: the party the API key acts as, for any authenticated caller. */
@Controller('v1/me')
@UseGuards(ApiKeyGuard)
export class MeController {
  @Get()
  me(@CurrentCaller() caller: Caller): MeView {
    return { partyId: caller.id, name: caller.name, role: caller.role };
  }
}
