import { Controller, Get, Headers, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z, ZodError } from 'zod';
import { DeadLettersQuery, TOPICS, type DeadLetterPage, type DeadLetterReplay, type DeadLetterView, type TopicName } from '@rma-hub/contracts';
import { Database, type DeadLetterRecord, type Repositories } from '@rma-hub/persistence';
import { fieldErrors, notFound, parseOrThrow, problem } from '@rma-hub/platform';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Idempotency, type HttpOutcome } from '../claims/idempotency';

const PORTAL_REQUEST = 'portal-request';

function view(letter: DeadLetterRecord): DeadLetterView {
  return {
    id: letter.id,
    consumer: letter.consumer,
    topic: letter.topic,
    key: letter.key,
    messageId: letter.messageId,
    reason: letter.reason,
    payload: letter.payload,
    createdAt: letter.createdAt.toISOString(),
    replayedAt: letter.replayedAt?.toISOString() ?? null,
  };
}

/** Operators see work that failed for good, and replay it once the cause is fixed. */
@Controller('v1/admin/dead-letters')
@UseGuards(ApiKeyGuard)
export class DeadLettersController {
  constructor(
    private readonly db: Database,
    private readonly idempotency: Idempotency,
  ) {}

  @Get()
  async list(@CurrentCaller() caller: Caller, @Query() rawQuery: unknown): Promise<DeadLetterPage> {
    operatorOnly(caller);
    const query = parseOrThrow(DeadLettersQuery, rawQuery, 'query');
    const letters = await this.db.repositories.deadLetters.list({ ...query, limit: query.limit + 1 });
    const page = letters.slice(0, query.limit);
    return { deadLetters: page.map(view), nextBefore: letters.length > query.limit ? (page.at(-1)?.id ?? null) : null };
  }

  /** Replays a letter once: a portal call goes back in the queue, a message is published again. A second replay changes nothing. */
  @Post(':id/replay')
  async replay(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ) {
    operatorOnly(caller);
    if (!z.uuid().safeParse(id).success) throw notFound('Dead letter');
    const outcome = await this.idempotency.run(caller.id, idempotencyKey, request, (tx) => replayLetter(tx, id));
    void reply.status(outcome.statusCode);
    return outcome.body;
  }
}

async function replayLetter(tx: Repositories, id: string): Promise<HttpOutcome> {
  const letter = await tx.deadLetters.lock(id);
  if (!letter) throw notFound('Dead letter');
  if (letter.replayedAt) return { statusCode: 200, body: { replayed: false, deadLetter: view(letter) } satisfies DeadLetterReplay };
  if (letter.topic === PORTAL_REQUEST) {
    if (letter.key) await tx.portalRequests.requeueFailed(letter.key);
  } else if (letter.topic in TOPICS && letter.key) {
    try {
      await tx.outbox.publish(letter.topic as TopicName, letter.key, JSON.parse(letter.payload));
    } catch (error) {
      throw problem(422, 'DEAD_LETTER.STILL_INVALID', 'The message still breaks its contract', {
        detail: 'Fix the producer and send a corrected message; this one cannot be replayed.',
        ...(error instanceof ZodError ? { errors: fieldErrors(error) } : {}),
      });
    }
  } else {
    throw problem(422, 'DEAD_LETTER.NOT_REPLAYABLE', 'This dead letter cannot be replayed', { detail: `unknown topic ${letter.topic} or no key` });
  }
  const replayedAt = await tx.deadLetters.markReplayed(letter.id);
  return { statusCode: 200, body: { replayed: true, deadLetter: view({ ...letter, replayedAt }) } satisfies DeadLetterReplay };
}

function operatorOnly(caller: Caller): void {
  if (caller.role !== 'operator') throw problem(403, 'AUTH.OPERATOR_ONLY', 'Only operators manage dead letters');
}
