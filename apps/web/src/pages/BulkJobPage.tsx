import { useCallback, useEffect, useState } from 'react';
import type { BulkJob, ForwardOutcomePage } from '@rma-hub/api-client';
import type { Session } from '../api/session';
import { Alert } from '../components/Alert';
import { BulkJobReport } from '../components/bulk/BulkJobReport';
import { ForwardOutcomes } from '../components/bulk/ForwardOutcomes';
import { AppLink } from '../components/Nav';
import { en } from '../text/en';

/** How often the report re-reads the job while it runs or its portal calls are still waiting. */
const REFRESH_MS = 1_000;
const OUTCOMES_PER_PAGE = 200;
const ERRORS_PER_PAGE = 200;

type Loaded = { state: 'loading' } | { state: 'not-found' } | { state: 'failed'; message: string } | { state: 'ready'; job: BulkJob; outcomes: ForwardOutcomePage | null };

/** Done: the job has run and every forwarded claim's portal call has ended (or the claim has moved past forwarded). */
const settled = (loaded: Loaded) =>
  loaded.state === 'ready' &&
  loaded.job.state === 'done' &&
  (loaded.outcomes?.items ?? []).every((item) => item.outcome === 'refused' || item.upstream === 'opened' || item.upstream === 'refused' || (item.status !== 'forwarded' && item.upstream === 'none'));

/** One bulk job: its progress, counts, line errors and, for a forward, the results per manufacturer and per claim. */
export function BulkJobPage({ session, id }: { session: Session; id: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [afters, setAfters] = useState<number[]>([0]);
  const after = afters.at(-1) ?? 0;
  const [errorAfters, setErrorAfters] = useState<number[]>([0]);
  const errorsAfter = errorAfters.at(-1) ?? 0;

  const load = useCallback(async (): Promise<Loaded> => {
    try {
      const job = await session.client.GET('/v1/bulk/{jobId}', { params: { path: { jobId: id }, query: { errorsLimit: ERRORS_PER_PAGE, ...(errorsAfter ? { errorsAfter } : {}) } } });
      if (job.response.status === 404) return { state: 'not-found' };
      if (!job.data) return { state: 'failed', message: en.errors.generic(job.error?.title ?? '') };
      if (job.data.kind !== 'forward') return { state: 'ready', job: job.data, outcomes: null };
      const outcomes = await session.client.GET('/v1/bulk/{jobId}/outcomes', { params: { path: { jobId: id }, query: { after, limit: OUTCOMES_PER_PAGE } } });
      return { state: 'ready', job: job.data, outcomes: outcomes.data ?? null };
    } catch {
      return { state: 'failed', message: en.errors.network };
    }
  }, [session, id, after, errorsAfter]);

  useEffect(() => {
    let live = true;
    let timer: number | undefined;
    const tick = async () => {
      const next = await load();
      if (!live) return;
      setLoaded((previous) => (next.state === 'failed' && previous.state === 'ready' ? previous : next));
      if (!settled(next) && next.state !== 'not-found') timer = window.setTimeout(() => void tick(), REFRESH_MS);
    };
    void tick();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [load]);

  const back = (
    <p>
      <AppLink to={{ page: 'bulk-jobs' }}>{en.chain.job.back}</AppLink>
    </p>
  );
  if (loaded.state === 'loading') return <main id="main"><p aria-live="polite">{en.chain.job.loading}</p></main>;
  if (loaded.state === 'not-found' || loaded.state === 'failed')
    return (
      <main id="main">
        {loaded.state === 'not-found' ? <h1 data-testid="job-not-found">{en.chain.job.notFound}</h1> : <Alert>{loaded.message}</Alert>}
        {back}
      </main>
    );
  const { job, outcomes } = loaded;
  return (
    <main id="main" data-job-id={job.id} data-job-state={job.state}>
      {back}
      <h1>{en.chain.job.title(job.kind)}</h1>
      <BulkJobReport job={job} />
      <div className="pager">
        {errorAfters.length > 1 ? (
          <button type="button" onClick={() => setErrorAfters([0])}>
            {en.chain.job.firstErrors}
          </button>
        ) : null}
        {job.errors.nextErrorsAfter !== null ? (
          <button type="button" onClick={() => setErrorAfters([...errorAfters, job.errors.nextErrorsAfter ?? 0])}>
            {en.chain.job.moreErrors}
          </button>
        ) : null}
      </div>
      {outcomes ? (
        <ForwardOutcomes
          page={outcomes}
          onFirst={afters.length > 1 ? () => setAfters([0]) : undefined}
          onNext={outcomes.nextAfter !== null ? () => setAfters([...afters, outcomes.nextAfter ?? 0]) : undefined}
        />
      ) : null}
    </main>
  );
}
