import { useEffect, useState } from 'react';
import { resumeSession, signOut, type Session } from './api/session';
import { Nav } from './components/Nav';
import { chainPageOf } from './pages/ChainPages';
import { ClaimPage } from './pages/ClaimPage';
import { ClaimsListPage } from './pages/ClaimsListPage';
import { NewClaimPage } from './pages/NewClaimPage';
import { opsPageOf } from './pages/OpsPages';
import { SignInPage } from './pages/SignInPage';
import { navigate, useRoute } from './router';
import { en } from './text/en';

/** Signed out: the sign-in page. Signed in: the navigation for the caller's role and the page the URL names. */
export function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session | null | 'resuming'>('resuming');

  useEffect(() => {
    void resumeSession().then(setSession);
  }, []);

  if (session === 'resuming') return null;
  if (session === null) return <SignInPage onSignedIn={setSession} />;

  const leave = () => {
    signOut();
    setSession(null);
    navigate({ page: 'claims' });
  };
  return (
    <>
      <a className="skip" href="#main">
        {en.skipToContent}
      </a>
      <Nav me={session.me} route={route} onSignOut={leave} />
      {route.page === 'claim' ? (
        <ClaimPage key={route.id} session={session} id={route.id} />
      ) : route.page === 'new-claim' && session.me.role === 'reseller' ? (
        <NewClaimPage session={session} />
      ) : chainPageOf(route, session) ?? opsPageOf(route, session) ?? (
        <ClaimsListPage session={session} />
      )}
    </>
  );
}
