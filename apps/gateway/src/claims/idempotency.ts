import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Database, type Repositories, type StoredResponse } from '@rma-hub/persistence';
import { HUB_CONFIG, problem, type HubConfig } from '@rma-hub/platform';

export interface HttpOutcome {
  statusCode: number;
  body: unknown;
  /** What the key's record keeps instead of `body`, when the body holds a secret that must not be copied there. */
  storedBody?: unknown;
  /** Set on an answer replayed from the key's record (its body is what was stored). */
  replayed?: true;
}

/**
 * Runs a mutating call at most once per (party, Idempotency-Key): requests with one key are
 * serialised, the outcome is stored in the same transaction as the call's effects, and a repeat
 * with the same key replays it. A key lives `IDEMPOTENCY_KEY_TTL_HOURS` (24 by default, as the
 * IETF Idempotency-Key draft suggests): after that its record counts as absent, even before the
 * retention job deletes it, and the key is a new key.
 */
@Injectable()
export class Idempotency {
  constructor(
    private readonly db: Database,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  async run(
    partyId: string,
    key: string | undefined,
    request: { method: string; url: string; body: unknown },
    work: (tx: Repositories) => Promise<HttpOutcome>,
  ): Promise<HttpOutcome> {
    if (key === undefined) return this.db.transaction(work);
    checkIdempotencyKey(key);
    const requestHash = createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body)}`).digest('hex');
    return this.db.transaction(async (tx) => {
      await tx.idempotency.lock(partyId, key);
      const stored = await tx.idempotency.find(partyId, key, this.config.idempotency.keyTtlMs);
      if (stored) return replay(stored, requestHash);
      const outcome = await work(tx);
      await tx.idempotency.save(partyId, key, { requestHash, statusCode: outcome.statusCode, body: outcome.storedBody ?? outcome.body });
      const { storedBody: _kept, ...answer } = outcome;
      return answer;
    });
  }
}

/** Refuses an Idempotency-Key that is empty or longer than 200 characters. */
export function checkIdempotencyKey(key: string): void {
  if (key.length === 0 || key.length > 200) {
    throw problem(400, 'IDEMPOTENCY.KEY_INVALID', 'Idempotency-Key must be 1 to 200 characters');
  }
}

/** The answer to a key already used for another request (another body, path or endpoint). */
export function keyReused() {
  return problem(422, 'IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was used for a different request', {
    detail: 'Use a new key for a new request; repeat a request only with its exact body.',
  });
}

function replay(stored: StoredResponse, requestHash: string): HttpOutcome {
  if (stored.requestHash !== requestHash) throw keyReused();
  return { statusCode: stored.statusCode, body: stored.body, replayed: true };
}
