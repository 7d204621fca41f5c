import type { ClaimView } from '@rma-hub/api-client';
import { en } from '../../text/en';
import { AppLink } from '../Nav';
import { StatusBadge } from '../StatusBadge';
import { unitStatus } from './unit-status';

/** The units: each one's RMA number, status (the claim's, unless the unit is ahead of it) and outcome. */
export function LinesTable({ claim }: { claim: ClaimView }) {
  const columns = en.claim.lineColumns;
  return (
    <section aria-labelledby="lines-title">
      <h2 id="lines-title">{en.claim.lines}</h2>
      <table data-testid="claim-lines">
        <thead>
          <tr>
            <th scope="col">{columns.lineNo}</th>
            <th scope="col">{columns.serial}</th>
            <th scope="col">{columns.model}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.rma}</th>
            <th scope="col">{columns.outcome}</th>
            <th scope="col">{columns.replacement}</th>
          </tr>
        </thead>
        <tbody>
          {claim.lines.map((line) => (
            <tr key={line.lineNo}>
              <td>{line.lineNo}</td>
              <td>
                <AppLink to={{ page: 'serial', serial: line.serial }}>
                  {line.serial}
                </AppLink>
              </td>
              <td>{line.model}</td>
              <td data-testid={`status-${line.serial}`}>
                <StatusBadge status={unitStatus(claim.status, line.status)} />
              </td>
              <td data-testid={`rma-${line.serial}`}>{line.rmaNumber ?? en.claim.none}</td>
              <td data-testid={`outcome-${line.serial}`}>{line.outcome ?? en.claim.none}</td>
              <td data-testid={`replacement-${line.serial}`}>{line.replacementSerial ?? en.claim.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
