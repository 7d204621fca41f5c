import type { ForwardOutcomePage } from '@rma-hub/api-client';
import { en } from '../../text/en';
import { AppLink } from '../Nav';
import { StatusBadge } from '../StatusBadge';
import { TableHead } from '../TableHead';

const t = en.chain.job;

/** A forward's result for each claim, a page at a time: forwarded or refused (and why), its status now and its portal call. */
export function ForwardOutcomes({ page, onFirst, onNext }: { page: ForwardOutcomePage; onFirst: (() => void) | undefined; onNext: (() => void) | undefined }) {
  const columns = t.outcomeColumns;
  return (
    <section aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">{t.outcomes}</h2>
      <table data-testid="job-outcomes">
        <TableHead labels={Object.values(columns)} />
        <tbody>
          {page.items.map((item) => (
            <tr key={item.line} data-claim-id={item.claimId} data-outcome={item.outcome} data-upstream={item.upstream}>
              <td>{item.line}</td>
              <th scope="row">{item.status ? <AppLink to={{ page: 'claim', id: item.claimId }}>{item.claimId}</AppLink> : item.claimId}</th>
              <td>{item.manufacturer ?? t.unknownManufacturer}</td>
              <td>{t.outcome[item.outcome] ?? item.outcome}</td>
              <td>{item.status ? <StatusBadge status={item.status} /> : en.claim.none}</td>
              <td>{t.upstream[item.upstream] ?? item.upstream}</td>
              <td>{item.detail ?? en.claim.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pager">
        {onFirst ? (
          <button type="button" onClick={onFirst}>
            {en.list.first}
          </button>
        ) : null}
        {onNext ? (
          <button type="button" onClick={onNext}>
            {en.list.more}
          </button>
        ) : null}
      </div>
    </section>
  );
}
