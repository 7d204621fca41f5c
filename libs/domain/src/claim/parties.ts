import type { Actor, PartyRole } from '@rma-hub/contracts';
import type { ChannelState, ClaimState } from './claim-state';

/** The capacities in which a party takes a claim's moves. */
export type Capacity = 'reseller' | 'distributor' | 'manufacturer' | 'operator';

/** The party calling the API. */
export interface CallerState {
  partyId: string;
  role: PartyRole;
}

/** How a caller stands to a claim: whether it sees it at all, and in which capacities it may act. */
export interface Standing {
  onChain: boolean;
  capacities: Capacity[];
}

/**
 * Who plays the manufacturer: the manufacturer itself unless a portal speaks for it; for a
 * manufacturer handled by the distributor, the distributor on the claim's chain as well.
 */
export function standingOf(claim: ClaimState, caller: CallerState, channel: ChannelState): Standing {
  if (caller.role === 'operator') return { onChain: true, capacities: ['operator'] };
  const onChain = claim.hops.some((hop) => hop.partyId === caller.partyId);
  if (!onChain) return { onChain: false, capacities: [] };
  const capacities: Capacity[] = [];
  if (caller.partyId === claim.resellerId) capacities.push('reseller');
  if (caller.partyId === claim.distributorId) capacities.push('distributor');
  const playsManufacturer =
    (caller.partyId === claim.manufacturerId && channel.kind !== 'portal') || (caller.partyId === claim.distributorId && channel.kind === 'distributor');
  if (playsManufacturer) capacities.push('manufacturer');
  return { onChain, capacities };
}

/** The actor a move is recorded under: the capacity, the party of that capacity, and who took it on its behalf. */
export function actorFor(claim: ClaimState, caller: CallerState, capacity: Capacity): Actor {
  if (capacity === 'manufacturer' && caller.partyId !== claim.manufacturerId) {
    return { role: 'manufacturer', partyId: claim.manufacturerId, actedBy: caller.partyId };
  }
  return { role: capacity, partyId: caller.partyId };
}

/** "distri-west for ad-notam", "ad-notam", "hub-operator (operator)": how a timeline line names who moved. */
export function describeActor(actor: Actor): string {
  if (actor.actedBy) return `${actor.actedBy} for ${actor.partyId}`;
  if (actor.role === 'operator') return `${actor.partyId} (operator)`;
  return actor.partyId ?? actor.role;
}

/** Who may play the manufacturer on this claim, for a refusal that tells the caller whom to ask. */
export function manufacturerPlayers(claim: ClaimState, channel: ChannelState): string {
  switch (channel.kind) {
    case 'portal':
      return `${claim.manufacturerId}'s moves come from its ${channel.adapter ? `${channel.adapter} ` : ''}portal`;
    case 'hub':
      return `only ${claim.manufacturerId} takes its moves`;
    case 'distributor':
      return `${claim.distributorId ?? 'the distributor'} takes ${claim.manufacturerId}'s moves on its behalf`;
  }
}
