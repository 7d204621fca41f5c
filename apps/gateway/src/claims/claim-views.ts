import { Injectable } from '@nestjs/common';
import type { ClaimView } from '@rma-hub/contracts';
import { NetworkCache } from '@rma-hub/claim-service';
import { allowedActions, type ChannelState } from '@rma-hub/domain';
import type { ClaimRecord, PortalRequestState, Repositories } from '@rma-hub/persistence';
import type { Caller } from '../auth/caller';
import { claimView } from './claim.view';

/** Claim views for one caller, each with the actions the caller may take on it now. */
@Injectable()
export class ClaimViews {
  constructor(private readonly network: NetworkCache) {}

  async one(tx: Repositories, caller: Caller, claim: ClaimRecord, upstream?: PortalRequestState | null): Promise<ClaimView> {
    const channel = await this.network.channel(tx, claim.manufacturerId);
    return claimView(claim, allowedActions(claim, { partyId: caller.id, role: caller.role }, channel), upstream);
  }

  async many(tx: Repositories, caller: Caller, claims: ClaimRecord[]): Promise<ClaimView[]> {
    const channels = new Map<string, ChannelState>();
    for (const manufacturerId of new Set(claims.map((claim) => claim.manufacturerId))) channels.set(manufacturerId, await this.network.channel(tx, manufacturerId));
    return claims.map((claim) => claimView(claim, allowedActions(claim, { partyId: caller.id, role: caller.role }, channels.get(claim.manufacturerId)!)));
  }
}
