import { Injectable } from '@nestjs/common';
import {
  ClaimError,
  decideClaim,
  formatReference,
  rmaNumbersToIssue,
  type ClaimCommand,
  type ClaimEffect,
  type DecisionContext,
} from '@rma-hub/domain';
import { Database, type ClaimRecord, type Repositories } from '@rma-hub/persistence';
import { changeSetOf } from './change-set';
import { NetworkCache } from './network-cache';

/** A command as its edge sends it; the service adds what only I/O can find out before deciding. */
export type ClaimRequest = Exclude<ClaimCommand, { kind: 'route' }> | { kind: 'route' };

/**
 * The claim's one owner. Loads the claim (locked), takes its policy and channel from the process's
 * cached network, lets the domain decide, and applies the decision in the caller's transaction: the
 * claim's rows, its timers and the messages announcing it. A refusal is thrown as the domain's
 * ClaimError; nothing is written (a routing may have used up a distributor reference number).
 */
@Injectable()
export class ClaimService {
  constructor(
    private readonly network: NetworkCache,
    private readonly db: Database,
  ) {}

  /** Applies the command; answers the claim as it stood before (callers that show the result read it again). */
  async execute(tx: Repositories, claimId: string, request: ClaimRequest, now = new Date()): Promise<ClaimRecord> {
    const claim = await tx.claims.lock(claimId);
    if (!claim) throw new ClaimError({ code: 'CLAIM.NOT_FOUND', detail: 'Claim not found' });
    const command = await this.prepare(tx, claim, request);
    const distributorId = command.kind === 'route' ? (command.distributor?.id ?? null) : claim.distributorId;
    const context: DecisionContext = {
      policy: await this.network.effectivePolicy(tx, claim.manufacturerId, distributorId),
      channel: await this.network.channel(tx, claim.manufacturerId),
      now,
    };
    const withNumbers = await this.issueRmaNumbers(tx, claim, command, context);
    const decision = decideClaim(claim, withNumbers, context);
    if (!decision.accepted) throw new ClaimError(decision.refusal);
    if (decision.effects.length > 0) await this.apply(tx, claim, decision.effects);
    return claim;
  }

  /** Routing needs the route and, the first time, the distributor's own reference number for the claim. */
  private async prepare(tx: Repositories, claim: ClaimRecord, request: ClaimRequest): Promise<ClaimCommand> {
    if (request.kind !== 'route') return request;
    if (claim.status !== 'submitted') return { kind: 'route', distributor: null };
    const known = claim.distributorId;
    const distributorId = known ?? (await this.network.distributorFor(tx, claim.resellerId, claim.manufacturerId));
    if (!distributorId) return { kind: 'route', distributor: null };
    const party = await this.network.party(tx, distributorId);
    // Every claim routed to a distributor takes its counter row: taken in a transaction of its own, the
    // row is locked for one statement, not for the claim's (or its batch's) whole transaction. A claim
    // rolled back after it leaves a gap in the distributor's numbers; they stay unique.
    const reference = known ? (claim.hops.find((hop) => hop.partyId === known)?.reference ?? null) : await this.issueReference(this.db.autonomous, distributorId, party?.referencePrefix);
    return { kind: 'route', distributor: { id: distributorId, reference, reviewsClaims: party?.reviewsClaims ?? false, joinsNow: !known } };
  }

  /**
   * An authorization that names no RMA number gets numbers in the manufacturer's own format (the hub
   * is its RMA desk). Issued in the claim's transaction: the request may still be refused, and a
   * refused request writes nothing.
   */
  private async issueRmaNumbers(tx: Repositories, claim: ClaimRecord, command: ClaimCommand, context: DecisionContext): Promise<ClaimCommand> {
    if (command.kind !== 'action' || command.action !== 'authorize' || claim.status !== 'forwarded') return command;
    const { supportTicket, rmaPerSerial } = context.policy.document;
    const count = rmaNumbersToIssue(claim, command.body, supportTicket.doublesAsRmaNumber, rmaPerSerial);
    if (count === 0) return command;
    const prefix = (await this.network.party(tx, claim.manufacturerId))?.referencePrefix;
    const issuedRmaNumbers: string[] = [];
    for (let index = 0; index < count; index += 1) issuedRmaNumbers.push(await this.issueReference(tx, claim.manufacturerId, prefix));
    return { ...command, issuedRmaNumbers };
  }

  private async issueReference(repositories: Repositories, partyId: string, prefix: string | undefined): Promise<string> {
    const year = new Date().getUTCFullYear();
    return formatReference(prefix ?? partyId.toUpperCase(), year, await repositories.network.nextReferenceSequence(partyId, year));
  }

  private async apply(tx: Repositories, claim: ClaimRecord, effects: ClaimEffect[]): Promise<void> {
    await this.refuseTakenNumbers(tx, claim, effects);
    await tx.claims.save(claim.id, changeSetOf(effects));
    for (const effect of effects) {
      if (effect.type === 'cancel-timers') await tx.timers.cancel(claim.id, effect.kinds);
      if (effect.type === 'schedule') await tx.timers.schedule(claim.id, effect.timer);
    }
    await tx.outbox.publishAll(effects.flatMap((effect) => (effect.type === 'publish' ? [{ ...effect.message, key: claim.id }] : [])));
  }

  /** An RMA number names one claim of its manufacturer: one already held by another claim is refused. */
  private async refuseTakenNumbers(tx: Repositories, claim: ClaimRecord, effects: ClaimEffect[]): Promise<void> {
    const numbers = effects.flatMap((effect) => (effect.type === 'line' && effect.changes.upstreamRma ? [effect.changes.upstreamRma] : []));
    for (const number of new Set(numbers)) {
      const holder = await tx.claims.holderOfReference(claim.manufacturerId, number, claim.id);
      if (holder) throw new ClaimError({ code: 'CLAIM.RMA_NUMBER_TAKEN', detail: `${claim.manufacturerId} RMA ${number} already belongs to claim ${holder}`, currentStatus: claim.status });
    }
  }
}
