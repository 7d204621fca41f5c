import type { ClaimView } from '@rma-hub/api-client';
import { en } from '../text/en';
import { AppLink } from './Nav';
import { StatusBadge } from './StatusBadge';

export const referenceOf = (claim: ClaimView): string => claim.references.reseller ?? claim.references.distributor ?? claim.references.manufacturer ?? en.list.noReference;

/** One page of claims; each reference links to the claim's page. */
export function ClaimTable({ claims }: { claims: ClaimView[] }) {
  if (claims.length === 0) return <p data-testid="no-claims">{en.list.empty}</p>;
  const columns = en.list.columns;
  return (
    <table className="claims" data-testid="claims-table">
      <thead>
        <tr>
          <th scope="col">{columns.reference}</th>
          <th scope="col">{columns.status}</th>
          <th scope="col">{columns.manufacturer}</th>
          <th scope="col">{columns.units}</th>
          <th scope="col">{columns.updated}</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => (
          <tr key={claim.id} data-claim-id={claim.id}>
            <th scope="row">
              <AppLink to={{ page: 'claim', id: claim.id }}>{referenceOf(claim)}</AppLink>
            </th>
            <td>
              <StatusBadge status={claim.status} />
            </td>
            <td>{claim.manufacturer}</td>
            <td>{claim.lines.length}</td>
            <td>
              <time dateTime={claim.updatedAt}>{new Date(claim.updatedAt).toLocaleString('en')}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
