import { useState, type FormEvent } from 'react';
import { idempotencyKey, problemTitle } from '../api/problem';
import type { Session } from '../api/session';
import { Alert } from '../components/Alert';
import { AppLink } from '../components/Nav';
import { navigate } from '../router';
import { en } from '../text/en';

const t = en.chain.upload;

/** The media type `POST /v1/bulk/claims` takes for a file: CSV by its type or extension, NDJSON otherwise. */
export const uploadTypeOf = (file: { name: string; type: string }): 'text/csv' | 'application/x-ndjson' =>
  file.type === 'text/csv' || /\.csv$/i.test(file.name) ? 'text/csv' : 'application/x-ndjson';

/** A reseller or distributor uploads an NDJSON or CSV file of claims; the job's report then follows its progress. */
export function BulkUploadPage({ session }: { session: Session }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError(t.chooseFirst);
    setBusy(true);
    setError(null);
    try {
      const body = await file.text();
      const { data, error: problem } = await session.client.POST('/v1/bulk/claims', {
        body,
        bodySerializer: (raw: string) => raw,
        headers: { 'content-type': uploadTypeOf(file) },
        params: { header: { 'Idempotency-Key': idempotencyKey() } },
      });
      if (data) return navigate({ page: 'bulk-job', id: data.jobId });
      setError(en.errors.generic(problemTitle(problem)));
    } catch {
      setError(en.errors.network);
    }
    setBusy(false);
  };

  return (
    <main id="main">
      <p>
        <AppLink to={{ page: 'bulk-jobs' }}>{en.chain.job.back}</AppLink>
      </p>
      <h1>{t.title}</h1>
      <p>{session.me.role === 'distributor' ? t.introDistributor : t.intro}</p>
      <form onSubmit={(event) => void upload(event)}>
        <div className="field">
          <label htmlFor="bulk-file">{t.file}</label>
          <input id="bulk-file" type="file" accept=".ndjson,.jsonl,.csv,application/x-ndjson,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          <span className="hint">{t.hint}</span>
        </div>
        <Alert>{error}</Alert>
        <button type="submit" disabled={busy}>
          {busy ? t.uploading : t.submit}
        </button>
      </form>
    </main>
  );
}
