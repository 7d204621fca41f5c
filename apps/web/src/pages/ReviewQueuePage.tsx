import { useEffect, useState, type FormEvent } from 'react';
import type { ClaimView } from '@rma-hub/api-client';
import { idempotencyKey, problemTitle } from '../api/problem';
import type { Session } from '../api/session';
import { Alert } from '../components/Alert';
import { referenceOf } from '../components/ClaimTable';
import { Field } from '../components/Field';
import { AppLink } from '../components/Nav';
import { StatusBadge } from '../components/StatusBadge';
import { navigate } from '../router';
import { en } from '../text/en';

const t = en.chain.review;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The distributor's claims under review with multi-select, forwarded in one bulk job whose report opens next. */
export function ReviewQueuePage({ session }: { session: Session }) {
  const [claims, setClaims] = useState<ClaimView[] | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    let live = true;
    void session.client
      .GET('/v1/claims', { params: { query: { status: 'in_review', waitingOn: 'me', limit: 200 } } })
      .then(({ data, error: problem }) => {
        if (!live) return;
        setError(data ? null : en.errors.generic(problemTitle(problem)));
        setClaims(data?.claims ?? []);
      })
      .catch(() => live && setError(en.errors.network));
    return () => {
      live = false;
    };
  }, [session]);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const forward = async () => {
    setSending(true);
    setError(null);
    try {
      const ids = (claims ?? []).map((claim) => claim.id).filter((id) => selected.has(id));
      const { data, error: problem } = await session.client.POST('/v1/bulk/forward', { params: { header: { 'Idempotency-Key': idempotencyKey() } }, body: { claims: ids } });
      if (data) return navigate({ page: 'bulk-job', id: data.jobId });
      setError(en.errors.generic(problemTitle(problem)));
    } catch {
      setError(en.errors.network);
    }
    setSending(false);
  };

  const all = claims ?? [];
  const allSelected = all.length > 0 && all.every((claim) => selected.has(claim.id));
  return (
    <main id="main">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <Alert>{error}</Alert>
      {claims === null ? (
        <p aria-live="polite">{t.loading}</p>
      ) : claims.length === 0 ? (
        <p data-testid="review-empty">{t.empty}</p>
      ) : (
        <table className="claims" data-testid="review-table">
          <thead>
            <tr>
              <th scope="col">
                <input type="checkbox" aria-label={t.selectAll} checked={allSelected} onChange={(event) => setSelected(event.target.checked ? new Set(all.map((claim) => claim.id)) : new Set())} />
              </th>
              <th scope="col">{en.list.columns.reference}</th>
              <th scope="col">{en.list.columns.status}</th>
              <th scope="col">{en.list.columns.manufacturer}</th>
              <th scope="col">{en.list.columns.units}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} data-claim-id={claim.id}>
                <td>
                  <input type="checkbox" aria-label={t.select(referenceOf(claim))} checked={selected.has(claim.id)} onChange={(event) => toggle(claim.id, event.target.checked)} />
                </td>
                <th scope="row">
                  <AppLink to={{ page: 'claim', id: claim.id }}>{referenceOf(claim)}</AppLink>
                </th>
                <td>
                  <StatusBadge status={claim.status} />
                </td>
                <td>{claim.manufacturer}</td>
                <td>{claim.lines.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <span aria-live="polite" data-testid="selected-count">
          {t.selected(selected.size)}
        </span>
        <button type="button" disabled={selected.size === 0 || sending} onClick={() => void forward()}>
          {sending ? t.forwarding : t.forwardSelected}
        </button>
      </div>
      <JobLookup />
    </main>
  );
}

/** Opens the report of a bulk job (an import or a forward) by its id. */
function JobLookup() {
  const [jobId, setJobId] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = jobId.trim();
    if (!UUID.test(id)) return setInvalid(en.chain.job.notFound);
    navigate({ page: 'bulk-job', id });
  };
  return (
    <form className="filters job-lookup" aria-label={t.openJob} onSubmit={submit}>
      <h2>{t.openJob}</h2>
      <Field id="job-id" label={t.jobId} value={jobId} onChange={setJobId} error={invalid} />
      <button type="submit">{t.open}</button>
    </form>
  );
}
