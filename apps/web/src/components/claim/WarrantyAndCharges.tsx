import type { ClaimView } from '@rma-hub/api-client';
import { en } from '../../text/en';
import { describePolicy } from './policy';

/** The hub's warranty verdict with its reason and rule, and every charge with the rule that made it. */
export function WarrantyAndCharges({ claim }: { claim: ClaimView }) {
  const warranty = claim.warranty;
  return (
    <>
      <section aria-labelledby="warranty-title">
        <h2 id="warranty-title">{en.claim.warranty}</h2>
        {warranty ? (
          <p data-testid="warranty">
            <strong>{en.claim.warrantyVerdict(warranty.status.replaceAll('_', ' '), warranty.endsOn)}</strong> — {warranty.reason} ({en.claim.rule(warranty.rule)}, {describePolicy(warranty.policy)})
          </p>
        ) : (
          <p>{en.claim.warrantyNone}</p>
        )}
      </section>
      <section aria-labelledby="charges-title">
        <h2 id="charges-title">{en.claim.charges}</h2>
        {claim.charges.length === 0 ? (
          <p>{en.claim.noCharges}</p>
        ) : (
          <ul>
            {claim.charges.map((charge) => (
              <li key={`${charge.kind}-${charge.chargedAt}`}>
                {charge.kind}: {charge.amount} {charge.currency} — {charge.reason} ({en.claim.rule(charge.rule)}, {describePolicy(charge.policy)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
