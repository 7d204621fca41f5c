import '../../components/charts/charts.css';
import { useEffect, useState } from 'react';
import type { DeadLetter, DeadLetterPage } from '@rma-hub/api-client';
import { idempotencyKey, problemTitle } from '../../api/problem';
import type { Session } from '../../api/session';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { en } from '../../text/en';
import { TableHead } from '../../components/TableHead';

const text = en.ops.deadLetters;

/** One letter's row, with its Replay button (none once replayed). */
function LetterRow({ letter, busy, onReplay }: { letter: DeadLetter; busy: boolean; onReplay(): void }) {
  return (
    <tr data-letter-id={letter.id} data-replayed={letter.replayedAt ? 'true' : 'false'}>
      <td>{new Date(letter.createdAt).toLocaleString()}</td>
      <td>{letter.consumer}</td>
      <td>{letter.topic}</td>
      <td className="mono">{letter.key ?? en.claim.none}</td>
      <td className="reason">{letter.reason}</td>
      <td data-testid={`replayed-${letter.id}`}>{letter.replayedAt ? new Date(letter.replayedAt).toLocaleString() : text.notReplayed}</td>
      <td>
        {letter.replayedAt ? null : (
          <button type="button" disabled={busy} aria-label={text.replayLabel(letter.id)} onClick={onReplay}>
            {busy ? text.replaying : text.replay}
          </button>
        )}
      </td>
    </tr>
  );
}

/** The operator's dead letters, newest first, filtered by consumer, with a Replay button on each and the replay's result. */
export function DeadLettersPage({ session }: { session: Session }) {
  const [consumer, setConsumer] = useState('');
  const [applied, setApplied] = useState('');
  const [befores, setBefores] = useState<(string | undefined)[]>([undefined]);
  const [page, setPage] = useState<DeadLetterPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const before = befores.at(-1);

  useEffect(() => {
    let live = true;
    setPage(null);
    void session.client
      .GET('/v1/admin/dead-letters', { params: { query: { limit: 50, ...(applied ? { consumer: applied } : {}), ...(before ? { before } : {}) } } })
      .then(({ data, error: problem }) => {
        if (!live) return;
        setError(data ? null : en.errors.generic(problemTitle(problem)));
        setPage(data ?? { deadLetters: [], nextBefore: null });
      })
      .catch(() => live && setError(en.errors.network));
    return () => {
      live = false;
    };
  }, [session, applied, before]);

  const replay = async (letter: DeadLetter) => {
    setBusy(letter.id);
    setResult(null);
    setError(null);
    try {
      const { data, error: problem } = await session.client.POST('/v1/admin/dead-letters/{id}/replay', {
        params: { path: { id: letter.id }, header: { 'Idempotency-Key': idempotencyKey() } },
      });
      if (!data) {
        setError(en.errors.generic(problemTitle(problem)));
        return;
      }
      setResult(data.replayed ? text.replayed(letter.id) : text.alreadyReplayed(letter.id));
      setPage((current) => current && { ...current, deadLetters: current.deadLetters.map((one) => (one.id === letter.id ? data.deadLetter : one)) });
    } catch {
      setError(en.errors.network);
    } finally {
      setBusy(null);
    }
  };

  return (
    <main id="main">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(consumer.trim());
          setBefores([undefined]);
        }}
      >
        <Field id="dead-letter-consumer" label={text.consumer} value={consumer} onChange={setConsumer} />
        <button type="submit">{text.apply}</button>
      </form>
      <Alert>{error}</Alert>
      <p role="status" data-testid="replay-result" className="status-line">
        {result ?? ''}
      </p>
      {page === null ? (
        <p aria-live="polite">{text.loading}</p>
      ) : page.deadLetters.length === 0 ? (
        <p data-testid="no-dead-letters">{text.empty}</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="dead-letters-table">
            <TableHead labels={Object.values(text.columns)} />
            <tbody>
              {page.deadLetters.map((letter) => (
                <LetterRow key={letter.id} letter={letter} busy={busy === letter.id} onReplay={() => void replay(letter)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="pager">
        {befores.length > 1 ? (
          <button type="button" onClick={() => setBefores([undefined])}>
            {text.newest}
          </button>
        ) : null}
        {page?.nextBefore ? (
          <button type="button" onClick={() => setBefores([...befores, page.nextBefore ?? undefined])}>
            {text.older}
          </button>
        ) : null}
      </div>
    </main>
  );
}
