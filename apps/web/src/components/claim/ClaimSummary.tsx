import type { ClaimView } from '@rma-hub/api-client';
import { en } from '../../text/en';
import { StatusBadge } from '../StatusBadge';

/** Status, manufacturer, reason and what is wrong. */
export function ClaimSummary({ claim }: { claim: ClaimView }) {
  return (
    <dl className="summary">
      <dt>{en.claim.status}</dt>
      <dd data-testid="claim-status">
        <StatusBadge status={claim.status} />
      </dd>
      <dt>{en.claim.manufacturer}</dt>
      <dd>{claim.manufacturer}</dd>
      <dt>{en.claim.returnReason}</dt>
      <dd>{en.returnReasons[claim.returnReason] ?? claim.returnReason}</dd>
      <dt>{en.claim.failure}</dt>
      <dd>{claim.failureDescription}</dd>
    </dl>
  );
}
