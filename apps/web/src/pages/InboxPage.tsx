import { useEffect, useState } from 'react';
import type { ClaimPage } from '@rma-hub/api-client';
import { problemTitle } from '../api/problem';
import type { Session } from '../api/session';
import { Alert } from '../components/Alert';
import { ClaimTable } from '../components/ClaimTable';
import { Pager, useCursorPages } from '../components/Pager';
import { en } from '../text/en';

/** The claims waiting on the caller's next move (a manufacturer's desk, or a distributor acting for the makers it handles). */
export function InboxPage({ session }: { session: Session }) {
  const pages = useCursorPages();
  const [page, setPage] = useState<ClaimPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { cursor } = pages;

  useEffect(() => {
    let live = true;
    setPage(null);
    void session.client
      .GET('/v1/claims', { params: { query: { waitingOn: 'me', limit: 50, ...(cursor ? { cursor } : {}) } } })
      .then(({ data, error: problem }) => {
        if (!live) return;
        setError(data ? null : en.errors.generic(problemTitle(problem)));
        setPage(data ?? { claims: [], nextCursor: null });
      })
      .catch(() => live && setError(en.errors.network));
    return () => {
      live = false;
    };
  }, [session, cursor]);

  return (
    <main id="main">
      <h1>{en.chain.inbox.title}</h1>
      <p>{en.chain.inbox.intro}</p>
      <Alert>{error}</Alert>
      {page === null ? <p aria-live="polite">{en.chain.inbox.loading}</p> : <ClaimTable claims={page.claims} />}
      <Pager pages={pages} nextCursor={page?.nextCursor} />
    </main>
  );
}
