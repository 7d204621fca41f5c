import { Controller, Get, Headers, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SubmitClaimRequest } from '@rma-hub/contracts';
import { Database, type ClaimRecord } from '@rma-hub/persistence';
import { notFound, parseOrThrow } from '@rma-hub/platform';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';
import { claimView, eventView } from './claim.view';
import { Idempotency } from './idempotency';
import { SubmitClaim } from './submit-claim';

const ClaimId = z.uuid();

@Controller('v1/claims')
@UseGuards(ApiKeyGuard)
export class ClaimsController {
  constructor(
    private readonly db: Database,
    private readonly idempotency: Idempotency,
    private readonly submitClaim: SubmitClaim,
  ) {}

  @Post()
  async submit(
    @CurrentCaller() caller: Caller,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ) {
    const input = parseOrThrow(SubmitClaimRequest, request.body, 'claim');
    const outcome = await this.idempotency.run(caller.id, idempotencyKey, { method: 'POST', url: '/v1/claims', body: request.body }, (tx) =>
      this.submitClaim.execute(tx, caller, input),
    );
    void reply.status(outcome.statusCode);
    return outcome.body;
  }

  @Get(':id')
  async get(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return claimView(await this.visibleClaim(caller, id));
  }

  @Get(':id/events')
  async events(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    const claim = await this.visibleClaim(caller, id);
    const events = await this.db.repositories.claims.events(claim.id);
    return { claimId: claim.id, events: events.map(eventView) };
  }

  /** A claim off the caller's chain is indistinguishable from one that does not exist. */
  private async visibleClaim(caller: Caller, id: string): Promise<ClaimRecord> {
    const claim = ClaimId.safeParse(id).success ? await this.db.repositories.claims.findVisibleTo(id, caller.id) : null;
    if (!claim) throw notFound('Claim');
    return claim;
  }
}
