import { Inject, Injectable } from '@nestjs/common';
import { CLAIM_SUBMITTED, SubmitClaimRequest } from '@rma-hub/contracts';
import { Database, type BulkJobRecord, type LineError, type NewClaim, type PartyRecord, type Repositories, type StoredLine } from '@rma-hub/persistence';
import { fieldErrors, HUB_CONFIG, LOGGER, type HubConfig, type Logger } from '@rma-hub/platform';
import { newClaim } from '../claims/new-claim';
import { BulkJobWorker, type BatchResult } from './bulk-job-worker';

type Verdict = { claim: NewClaim } | { errors: Omit<LineError, 'lineNo'>[] } | { duplicate: true };

/** Per-batch memo of network look-ups (parties, routes), so a batch costs a few queries, not one per line. */
class NetworkMemo {
  private readonly parties = new Map<string, Promise<PartyRecord | null>>();
  private readonly routes = new Map<string, Promise<string | null>>();

  constructor(private readonly tx: Repositories) {}

  party(id: string) {
    if (!this.parties.has(id)) this.parties.set(id, this.tx.network.party(id));
    return this.parties.get(id)!;
  }

  distributorFor(resellerId: string, manufacturerId: string) {
    const key = `${resellerId}>${manufacturerId}`;
    if (!this.routes.has(key)) this.routes.set(key, this.tx.network.distributorFor(resellerId, manufacturerId));
    return this.routes.get(key)!;
  }
}

/**
 * Processes queued imports: the valid lines of a batch become claims (announced on
 * rma.claim.submitted.v1), the invalid ones become errors with their line number, field and
 * reason, and lines whose reference already names a claim of that reseller are counted as
 * duplicates.
 */
@Injectable()
export class ImportClaimsWorker extends BulkJobWorker {
  constructor(db: Database, @Inject(HUB_CONFIG) config: HubConfig, @Inject(LOGGER) logger: Logger) {
    super(db, config, logger, 'import', config.bulk.batchSize);
  }

  protected async processLines(tx: Repositories, _job: BulkJobRecord, importer: PartyRecord, lines: StoredLine[]): Promise<BatchResult> {
    const verdicts = await this.judge(tx, importer, lines);
    const claims = verdicts.flatMap(({ verdict }) => ('claim' in verdict ? [verdict.claim] : []));
    await tx.claims.createMany(claims, { role: importer.role === 'distributor' ? 'distributor' : 'reseller', partyId: importer.id });
    await tx.outbox.publishMany(
      CLAIM_SUBMITTED,
      claims.map((claim) => ({ key: claim.id, payload: { claimId: claim.id, resellerId: claim.resellerId, manufacturerId: claim.manufacturerId, submittedAt: new Date().toISOString() } })),
    );
    return {
      accepted: claims.length,
      duplicates: verdicts.filter(({ verdict }) => 'duplicate' in verdict).length,
      rejected: verdicts.filter(({ verdict }) => 'errors' in verdict).length,
      errors: verdicts.flatMap(({ lineNo, verdict }) => ('errors' in verdict ? verdict.errors.map((error) => ({ lineNo, ...error })) : [])),
    };
  }

  private async judge(tx: Repositories, importer: PartyRecord, lines: StoredLine[]): Promise<{ lineNo: number; verdict: Verdict }[]> {
    const memo = new NetworkMemo(tx);
    const judged = await Promise.all(lines.map(async (line) => ({ lineNo: line.lineNo, verdict: await this.judgeLine(memo, importer, line) })));
    // A reference already used by the reseller (earlier upload, or earlier in this file) is a duplicate, not a new claim.
    const candidates = judged.filter((entry): entry is { lineNo: number; verdict: { claim: NewClaim } } => 'claim' in entry.verdict);
    const byReseller = Map.groupBy(candidates.filter((entry) => entry.verdict.claim.resellerReference), (entry) => entry.verdict.claim.resellerId);
    for (const [resellerId, entries] of byReseller) {
      const existing = await tx.claims.idsByReference(resellerId, entries.map((entry) => entry.verdict.claim.resellerReference!));
      const seen = new Set(existing.keys());
      for (const entry of entries) {
        const reference = entry.verdict.claim.resellerReference!;
        if (seen.has(reference)) (entry as { verdict: Verdict }).verdict = { duplicate: true };
        seen.add(reference);
      }
    }
    return judged;
  }

  private async judgeLine(memo: NetworkMemo, importer: PartyRecord, line: StoredLine): Promise<Verdict> {
    if (line.parseError !== null) return { errors: [{ pointer: '', detail: line.parseError }] };
    const { reseller: named, ...fields } = (line.payload ?? {}) as { reseller?: unknown };
    const parsed = SubmitClaimRequest.safeParse(fields);
    if (!parsed.success) return { errors: fieldErrors(parsed.error) };
    const claim = parsed.data;

    let resellerId = importer.id;
    if (importer.role === 'distributor') {
      if (typeof named !== 'string' || (await memo.party(named))?.role !== 'reseller') {
        return { errors: [{ pointer: '/reseller', detail: typeof named === 'string' ? `no reseller "${named}" in this network` : 'a distributor names the reseller of each claim' }] };
      }
      resellerId = named;
    }
    if ((await memo.party(claim.manufacturer))?.role !== 'manufacturer') {
      return { errors: [{ pointer: '/manufacturer', detail: `no manufacturer "${claim.manufacturer}" in this network` }] };
    }
    const distributor = await memo.distributorFor(resellerId, claim.manufacturer);
    if (!distributor || (importer.role === 'distributor' && distributor !== importer.id)) {
      return { errors: [{ pointer: '/manufacturer', detail: `no route from ${resellerId} to ${claim.manufacturer}${importer.role === 'distributor' && distributor ? ' through you' : ''}` }] };
    }
    return { claim: newClaim(claim, resellerId) };
  }
}
