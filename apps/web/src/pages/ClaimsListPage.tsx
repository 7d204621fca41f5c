import { useEffect, useState } from 'react';
import type { ClaimPage, ClaimView } from '@rma-hub/api-client';
import { problemTitle } from '../api/problem';
import type { Session } from '../api/session';
import { Alert } from '../components/Alert';
import { ClaimFilters, NO_FILTERS, type Filters } from '../components/ClaimFilters';
import { ClaimTable } from '../components/ClaimTable';
import { Pager, useCursorPages } from '../components/Pager';
import { en } from '../text/en';

/** The claims on the caller's chain: filters, then one page at a time (cursor paging, newest change first). */
export function ClaimsListPage({ session }: { session: Session }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const pages = useCursorPages();
  const [page, setPage] = useState<ClaimPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { cursor } = pages;

  useEffect(() => {
    let live = true;
    setPage(null);
    void session.client
      .GET('/v1/claims', {
        params: {
          query: {
            limit: 20,
            ...(filters.status ? { status: filters.status as NonNullable<ClaimView['status']> } : {}),
            ...(filters.reference ? { reference: filters.reference } : {}),
            ...(filters.waitingOnMe ? { waitingOn: 'me' as const } : {}),
            ...(cursor ? { cursor } : {}),
          },
        },
      })
      .then(({ data, error: problem }) => {
        if (!live) return;
        setError(data ? null : en.errors.generic(problemTitle(problem)));
        setPage(data ?? { claims: [], nextCursor: null });
      })
      .catch(() => live && setError(en.errors.network));
    return () => {
      live = false;
    };
  }, [session, filters, cursor]);

  return (
    <main id="main">
      <h1>{en.list.title}</h1>
      <ClaimFilters
        initial={filters}
        onApply={(next) => {
          setFilters(next);
          pages.restart();
        }}
      />
      <Alert>{error}</Alert>
      {page === null ? <p aria-live="polite">{en.list.loading}</p> : <ClaimTable claims={page.claims} />}
      <Pager pages={pages} nextCursor={page?.nextCursor} />
    </main>
  );
}
