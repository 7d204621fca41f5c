import type { ClaimEffect } from '@rma-hub/domain';
import type { ClaimChangeSet } from '@rma-hub/persistence';

/** The part of a decision that lands on the claim's own rows, folded into one change set in order. */
export function changeSetOf(effects: ClaimEffect[]): ClaimChangeSet {
  const change: Required<Omit<ClaimChangeSet, 'status'>> & Pick<ClaimChangeSet, 'status'> = { fields: {}, lines: [], hops: [], references: [], events: [], charges: [] };
  for (const effect of effects) {
    switch (effect.type) {
      case 'transition':
        change.status = { to: effect.to, ...(effect.to === 'needs_info' ? { resumeStatus: effect.from } : {}) };
        change.events.push({ type: 'status_changed', from: effect.from, to: effect.to, actor: effect.actor, reason: effect.reason, ...(effect.data ? { data: effect.data } : {}) });
        break;
      case 'note':
        change.events.push({ type: 'policy_decision', from: null, to: null, actor: effect.actor, reason: effect.reason, ...(effect.data ? { data: effect.data } : {}) });
        break;
      case 'set':
        Object.assign(change.fields, effect.fields);
        break;
      case 'line':
        change.lines.push({ lineId: effect.lineId, changes: effect.changes });
        break;
      case 'hop':
        change.hops.push({ partyId: effect.partyId, role: effect.role, position: effect.position, reference: effect.reference });
        break;
      case 'reference':
        change.references = [...change.references.filter((entry) => entry.partyId !== effect.partyId), { partyId: effect.partyId, reference: effect.reference }];
        break;
      case 'charge':
        change.charges.push(effect.charge);
        break;
      case 'schedule':
      case 'cancel-timers':
      case 'publish':
        break;
    }
  }
  return change;
}
