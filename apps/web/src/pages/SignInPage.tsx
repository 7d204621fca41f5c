import { useState, type FormEvent } from 'react';
import { signIn, type Session } from '../api/session';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { en } from '../text/en';

/** Sign-in with an API key: checked with GET /v1/me, then kept in this tab's sessionStorage only. */
export function SignInPage({ onSignedIn }: { onSignedIn(session: Session): void }) {
  const [apiKey, setApiKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await signIn(apiKey.trim());
    setBusy(false);
    if ('session' in result) {
      setApiKey('');
      onSignedIn(result.session);
    } else {
      setError(result.error === 'invalid' ? en.signIn.invalid : en.signIn.failed);
    }
  };

  return (
    <main id="main" className="sign-in">
      <h1>{en.signIn.title}</h1>
      <p>{en.signIn.intro}</p>
      {/* No action and POST: the key never lands in a URL, even if the script fails. */}
      <form method="post" action="#" onSubmit={submit}>
        <Field id="api-key" label={en.signIn.apiKey} type="password" autoComplete="off" spellCheck={false} required value={apiKey} onChange={setApiKey} />
        <Alert>{error}</Alert>
        <button type="submit" disabled={busy || apiKey.trim() === ''}>
          {busy ? en.signIn.checking : en.signIn.submit}
        </button>
      </form>
    </main>
  );
}
