import type { ClaimView } from '@rma-hub/api-client';
import { en } from '../../text/en';

/** The chain, reseller first, with each party's own reference for the claim. */
export function HopsTable({ claim }: { claim: ClaimView }) {
  const columns = en.claim.hopColumns;
  return (
    <section aria-labelledby="hops-title">
      <h2 id="hops-title">{en.claim.hops}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{columns.role}</th>
            <th scope="col">{columns.party}</th>
            <th scope="col">{columns.reference}</th>
          </tr>
        </thead>
        <tbody>
          {claim.hops.map((hop) => (
            <tr key={`${hop.role}-${hop.party}`}>
              <td>{en.roles[hop.role] ?? hop.role}</td>
              <td>{hop.party}</td>
              <td>{hop.reference ?? en.claim.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
