import { Controller, Get, Headers, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ClaimTimelineQuery, ListClaimsQuery, SubmitClaimRequest, type ClaimPage, type ClaimTimeline, type ClaimView } from '@rma-hub/contracts';
import { Database, type ClaimRecord } from '@rma-hub/persistence';
import { CLAIM_ACTIONS } from '@rma-hub/domain';
import { notFound, parseOrThrow, problem } from '@rma-hub/platform';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';
import { isClaimAction, TakeClaimAction } from './claim-actions';
import { eventView } from './claim.view';
import { ClaimViews } from './claim-views';
import { claimListCursor } from './cursor';
import { Idempotency, type HttpOutcome } from './idempotency';
import { SubmitClaim } from './submit-claim';
import { waitingOnFilter } from './waiting-on';

const ClaimId = z.uuid();

@Controller('v1/claims')
@UseGuards(ApiKeyGuard)
export class ClaimsController {
  constructor(
    private readonly db: Database,
    private readonly idempotency: Idempotency,
    private readonly submitClaim: SubmitClaim,
    private readonly takeAction: TakeClaimAction,
    private readonly views: ClaimViews,
  ) {}

  @Post()
  async submit(
    @CurrentCaller() caller: Caller,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ) {
    const input = parseOrThrow(SubmitClaimRequest, request.body, 'claim');
    return this.answer(reply, await this.idempotency.run(caller.id, idempotencyKey, request, (tx) => this.submitClaim.execute(tx, caller, input)));
  }

  /** Claims on the caller's chain, newest change first; `reference` matches any hop's or line's reference; `waitingOn=me` keeps the caller's inbox. */
  @Get()
  async list(@CurrentCaller() caller: Caller, @Query() rawQuery: unknown): Promise<ClaimPage> {
    const query = parseOrThrow(ListClaimsQuery, rawQuery, 'query');
    const after = query.cursor === undefined ? undefined : claimListCursor.decode(query.cursor);
    const repositories = this.db.repositories;
    const claims = await repositories.claims.listVisibleTo(caller, {
      ...(query.status ? { status: query.status } : {}),
      ...(query.waitingOn ? { waitingOn: await waitingOnFilter(repositories, caller) } : {}),
      ...(query.reference ? { reference: query.reference } : {}),
      ...(query.updatedSince ? { updatedSince: new Date(query.updatedSince) } : {}),
      ...(after ? { after } : {}),
      limit: query.limit + 1,
    });
    const page = claims.slice(0, query.limit);
    const last = page.at(-1);
    return { claims: await this.views.many(repositories, caller, page), nextCursor: claims.length > query.limit && last ? claimListCursor.encode(last) : null };
  }

  @Get(':id')
  async get(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<ClaimView> {
    const claim = await this.visibleClaim(caller, id);
    return this.views.one(this.db.repositories, caller, claim, await this.db.repositories.portalRequests.stateOf(claim.id));
  }

  @Get(':id/events')
  async events(@CurrentCaller() caller: Caller, @Param('id') id: string, @Query() rawQuery: unknown): Promise<ClaimTimeline> {
    const query = parseOrThrow(ClaimTimelineQuery, rawQuery, 'query');
    const claim = await this.visibleClaim(caller, id);
    const events = await this.db.repositories.claims.events(claim.id, { after: query.after, limit: query.limit + 1 });
    const page = events.slice(0, query.limit);
    return { claimId: claim.id, events: page.map(eventView), nextAfter: events.length > query.limit ? (page.at(-1)?.seq ?? null) : null };
  }

  @Post(':id/actions/:action')
  async act(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Param('action') action: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ) {
    if (!isClaimAction(action)) throw problem(404, 'CLAIM.UNKNOWN_ACTION', `No action "${action}"`, { detail: `Actions: ${CLAIM_ACTIONS.join(', ')}.` });
    if (!ClaimId.safeParse(id).success) throw notFound('Claim');
    return this.answer(reply, await this.idempotency.run(caller.id, idempotencyKey, request, (tx) => this.takeAction.execute(tx, caller, id, action, request.body)));
  }

  private answer(reply: FastifyReply, outcome: HttpOutcome): unknown {
    void reply.status(outcome.statusCode);
    return outcome.body;
  }

  /** A claim off the caller's chain is indistinguishable from one that does not exist. */
  private async visibleClaim(caller: Caller, id: string): Promise<ClaimRecord> {
    const claim = ClaimId.safeParse(id).success ? await this.db.repositories.claims.findVisibleTo(id, caller) : null;
    if (!claim) throw notFound('Claim');
    return claim;
  }
}
