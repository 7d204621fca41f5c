import { useEffect, useState } from 'react';
import type { SerialHistory } from '@rma-hub/api-client';
import { problemTitle } from '../api/problem';
import type { Session } from '../api/session';
import { Alert } from '../components/Alert';
import { AppLink } from '../components/Nav';
import { Pager, useCursorPages } from '../components/Pager';
import { StatusBadge } from '../components/StatusBadge';
import { en } from '../text/en';
import { TableHead } from '../components/TableHead';

const t = en.chain.serial;

/** One unit's service history across the caller's claims, oldest first, each entry linking to its claim. */
export function SerialHistoryPage({ session, serial }: { session: Session; serial: string }) {
  const pages = useCursorPages();
  const [page, setPage] = useState<SerialHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { cursor } = pages;

  useEffect(() => {
    let live = true;
    setPage(null);
    void session.client
      .GET('/v1/serials/{serial}/history', { params: { path: { serial }, query: { limit: 50, ...(cursor ? { cursor } : {}) } } })
      .then(({ data, error: problem }) => {
        if (!live) return;
        setError(data ? null : en.errors.generic(problemTitle(problem)));
        setPage(data ?? { serial, entries: [], nextCursor: null });
      })
      .catch(() => live && setError(en.errors.network));
    return () => {
      live = false;
    };
  }, [session, serial, cursor]);

  const columns = t.columns;
  return (
    <main id="main">
      <p>
        <AppLink to={{ page: 'claims' }}>{en.claim.back}</AppLink>
      </p>
      <h1>{t.title(serial)}</h1>
      <p>{t.intro}</p>
      <Alert>{error}</Alert>
      {page === null ? (
        <p aria-live="polite">{t.loading}</p>
      ) : page.entries.length === 0 ? (
        <p data-testid="no-history">{t.empty}</p>
      ) : (
        <table data-testid="serial-history">
          <TableHead labels={Object.values(columns)} />
          <tbody>
            {page.entries.map((entry) => (
              <tr key={`${entry.claimId}${entry.serial}`} data-claim-id={entry.claimId}>
                <th scope="row">
                  <AppLink to={{ page: 'claim', id: entry.claimId }}>{new Date(entry.openedAt).toLocaleString('en')}</AppLink>
                </th>
                <td>{entry.serial}</td>
                <td>{entry.model}</td>
                <td>{entry.manufacturer}</td>
                <td>
                  <StatusBadge status={entry.claimStatus} />
                </td>
                <td>{entry.rmaNumber ?? en.claim.none}</td>
                <td>{entry.outcome ?? en.claim.none}</td>
                <td>{entry.replacementSerial ?? en.claim.none}</td>
                <td>{entry.warrantyEndsOn ?? en.claim.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager pages={pages} nextCursor={page?.nextCursor} />
    </main>
  );
}
