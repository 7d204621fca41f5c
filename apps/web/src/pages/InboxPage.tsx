import { useEffect, useState } from 'react';
import type { ClaimPage } from '@rma-hub/api-client';
import { problemTitle } from '../api/problem';
import type { Session } from '../api/session';
import { Alert } from '../components/Alert';
import { ClaimTable } from '../components/ClaimTable';
import { en } from '../text/en';

/** The claims waiting on the caller's next move (a manufacturer's desk, or a distributor acting for the makers it handles). */
export function InboxPage({ session }: { session: Session }) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [page, setPage] = useState<ClaimPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cursor = cursors.at(-1);

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
      <div className="pager">
        {cursors.length > 1 ? (
          <button type="button" onClick={() => setCursors([undefined])}>
            {en.list.first}
          </button>
        ) : null}
        {page?.nextCursor ? (
          <button type="button" onClick={() => setCursors([...cursors, page.nextCursor ?? undefined])}>
            {en.list.more}
          </button>
        ) : null}
      </div>
    </main>
  );
}
