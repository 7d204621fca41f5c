import { CLAIM_STATUSES, type ActorRole, type ClaimStatus } from '@rma-hub/contracts';
import { CLAIM_LIFECYCLE, decideTransition, isBehind, isFinal, nextStatuses } from './claim-lifecycle';

describe('claim lifecycle', () => {
  it('covers every canonical status, and only names canonical statuses as targets', () => {
    expect(Object.keys(CLAIM_LIFECYCLE).sort()).toEqual([...CLAIM_STATUSES].sort());
    for (const moves of Object.values(CLAIM_LIFECYCLE)) {
      for (const to of Object.keys(moves)) expect(CLAIM_STATUSES).toContain(to);
    }
  });

  it('makes every status reachable from submitted', () => {
    const reached = new Set<ClaimStatus>(['submitted']);
    const queue: ClaimStatus[] = ['submitted'];
    while (queue.length > 0) {
      for (const next of Object.keys(CLAIM_LIFECYCLE[queue.shift()!]) as ClaimStatus[]) {
        if (!reached.has(next)) queue.push(next), reached.add(next);
      }
    }
    expect([...reached].sort()).toEqual([...CLAIM_STATUSES].sort());
  });

  it.each<[ClaimStatus, ClaimStatus, ActorRole]>([
    ['submitted', 'forwarded', 'distributor'],
    ['forwarded', 'authorized', 'manufacturer'],
    ['authorized', 'received', 'manufacturer'],
    ['authorized', 'in_transit', 'reseller'],
    ['authorized', 'expired', 'timer'],
    ['submitted', 'cancelled', 'reseller'],
  ])('allows %s → %s by %s', (from, to, actor) => {
    expect(decideTransition(from, to, actor)).toEqual({ allowed: true });
  });

  it('refuses a move that is not a next status, naming the current status and the allowed next ones', () => {
    expect(decideTransition('submitted', 'received', 'manufacturer')).toEqual({
      allowed: false,
      reason: 'not_a_next_status',
      current: 'submitted',
      allowedNext: [],
    });
    expect(decideTransition('in_transit', 'cancelled', 'reseller')).toMatchObject({ allowed: false, reason: 'not_a_next_status' });
  });

  it('refuses a listed move to an actor who may not cause it', () => {
    expect(decideTransition('forwarded', 'authorized', 'reseller')).toEqual({
      allowed: false,
      reason: 'actor_not_allowed',
      current: 'forwarded',
      allowedNext: ['cancelled'],
    });
  });

  it('lets an operator make any listed move, never an unlisted one', () => {
    expect(decideTransition('forwarded', 'authorized', 'operator').allowed).toBe(true);
    expect(decideTransition('closed', 'submitted', 'operator').allowed).toBe(false);
    expect(nextStatuses('in_transit', 'operator')).toEqual(['received']);
  });

  it('has final statuses with no way out', () => {
    expect(CLAIM_STATUSES.filter(isFinal).sort()).toEqual(['cancelled', 'closed', 'expired', 'scrapped']);
  });

  it('tells when a reported status is behind the current one, so out-of-order reports move nothing back', () => {
    expect(isBehind('authorized', 'received')).toBe(true);
    expect(isBehind('received', 'received')).toBe(true);
    expect(isBehind('received', 'authorized')).toBe(false);
    expect(isBehind('rejected', 'received')).toBe(false);
  });
});
