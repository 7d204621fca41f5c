import { useEffect, useState, type FormEvent } from 'react';
import type { BulkJobList } from '@rma-hub/api-client';
import { problemTitle } from '../api/problem';
import type { Session } from '../api/session';
import { Alert } from '../components/Alert';
import { SelectField } from '../components/Field';
import { AppLink } from '../components/Nav';
import { Pager, useCursorPages } from '../components/Pager';
import { en } from '../text/en';
import { TableHead } from '../components/TableHead';

const t = en.chain.jobs;
type Kind = '' | 'import' | 'forward';
const KIND_OPTIONS = [
  { value: '', label: t.anyKind },
  { value: 'import', label: t.kinds.import ?? 'import' },
  { value: 'forward', label: t.kinds.forward ?? 'forward' },
];

/** The caller's bulk jobs (imports and forwards), newest first, each linking to its report. */
export function BulkJobsPage({ session }: { session: Session }) {
  const [kind, setKind] = useState<Kind>('');
  const [draft, setDraft] = useState<Kind>('');
  const pages = useCursorPages();
  const [page, setPage] = useState<BulkJobList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { cursor } = pages;

  useEffect(() => {
    let live = true;
    setPage(null);
    void session.client
      .GET('/v1/bulk', { params: { query: { limit: 20, ...(kind ? { kind } : {}), ...(cursor ? { cursor } : {}) } } })
      .then(({ data, error: problem }) => {
        if (!live) return;
        setError(data ? null : en.errors.generic(problemTitle(problem)));
        setPage(data ?? { jobs: [], nextCursor: null });
      })
      .catch(() => live && setError(en.errors.network));
    return () => {
      live = false;
    };
  }, [session, kind, cursor]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setKind(draft);
    pages.restart();
  };
  const columns = t.columns;
  return (
    <main id="main">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form className="filters" role="search" aria-label={t.filters} onSubmit={apply}>
        <SelectField id="jobs-kind" label={t.kind} value={draft} options={KIND_OPTIONS} onChange={(value) => setDraft(value as Kind)} />
        <button type="submit">{t.apply}</button>
      </form>
      <Alert>{error}</Alert>
      {page === null ? (
        <p aria-live="polite">{t.loading}</p>
      ) : page.jobs.length === 0 ? (
        <p data-testid="no-jobs">{t.empty}</p>
      ) : (
        <table data-testid="jobs-table">
          <TableHead labels={Object.values(columns)} />
          <tbody>
            {page.jobs.map((job) => (
              <tr key={job.id} data-job-id={job.id} data-kind={job.kind}>
                <th scope="row">
                  <AppLink to={{ page: 'bulk-job', id: job.id }}>{new Date(job.createdAt).toLocaleString('en')}</AppLink>
                </th>
                <td>{t.kinds[job.kind] ?? job.kind}</td>
                <td>{en.chain.job.states[job.state] ?? job.state}</td>
                <td>{Math.round(job.progress * 100)}%</td>
                <td>{job.counts.received}</td>
                <td>{job.counts.accepted}</td>
                <td>{job.counts.rejected}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager pages={pages} nextCursor={page?.nextCursor} />
    </main>
  );
}
