import { useCallback, useEffect, useState } from 'react';
import type { ClaimEvent, ClaimView } from '@rma-hub/api-client';
import type { Session } from '../api/session';
import { Alert } from '../components/Alert';
import { ActionBar } from '../components/claim/ActionBar';
import { Attachments } from '../components/claim/Attachments';
import { ClaimSummary } from '../components/claim/ClaimSummary';
import { HopsTable } from '../components/claim/HopsTable';
import { LinesTable } from '../components/claim/LinesTable';
import { MissingInfoForm } from '../components/claim/MissingInfoForm';
import { Timeline } from '../components/claim/Timeline';
import { WarrantyAndCharges } from '../components/claim/WarrantyAndCharges';
import { referenceOf } from '../components/ClaimTable';
import { AppLink } from '../components/Nav';
import { en } from '../text/en';

/** How often an open claim page re-reads the claim, so moves made elsewhere (the manufacturer, the hub) show up. */
const REFRESH_MS = 2_000;

/** What the latest `needs_info` event says is missing. */
const missingOf = (events: ClaimEvent[]): string[] => {
  const parked = events.filter((event) => event.to === 'needs_info').at(-1);
  const missing = parked?.data.missing;
  return Array.isArray(missing) ? missing.filter((field): field is string => typeof field === 'string') : [];
};

type Loaded = { state: 'loading' } | { state: 'not-found' } | { state: 'failed'; message: string } | { state: 'ready'; claim: ClaimView; events: ClaimEvent[] };

/** One claim: summary, next steps, what is missing, the chain, units, attachments, warranty, charges and timeline. */
export function ClaimPage({ session, id }: { session: Session; id: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  const load = useCallback(async () => {
    try {
      const [claim, timeline] = await Promise.all([
        session.client.GET('/v1/claims/{id}', { params: { path: { id } } }),
        session.client.GET('/v1/claims/{id}/events', { params: { path: { id }, query: { limit: 1000 } } }),
      ]);
      if (claim.response.status === 404) return setLoaded({ state: 'not-found' });
      if (!claim.data || !timeline.data) return setLoaded({ state: 'failed', message: en.errors.generic(claim.error?.title ?? timeline.error?.title ?? '') });
      setLoaded({ state: 'ready', claim: claim.data, events: timeline.data.events });
    } catch {
      setLoaded((previous) => (previous.state === 'ready' ? previous : { state: 'failed', message: en.errors.network }));
    }
  }, [session, id]);

  useEffect(() => {
    setLoaded({ state: 'loading' });
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  const back = (
    <p>
      <AppLink to={{ page: 'claims' }}>{en.claim.back}</AppLink>
    </p>
  );
  if (loaded.state === 'loading') return <main id="main"><p aria-live="polite">{en.claim.loading}</p></main>;
  if (loaded.state === 'not-found')
    return (
      <main id="main">
        <h1 data-testid="claim-not-found">{en.claim.notFound}</h1>
        {back}
      </main>
    );
  if (loaded.state === 'failed')
    return (
      <main id="main">
        <Alert>{loaded.message}</Alert>
        {back}
      </main>
    );

  const { claim, events } = loaded;
  const refreshed = () => void load();
  return (
    <main id="main" data-claim-id={claim.id}>
      {back}
      <h1>{en.claim.title(referenceOf(claim))}</h1>
      <ClaimSummary claim={claim} />
      {claim.status === 'needs_info' ? <MissingInfoForm session={session} claim={claim} missing={missingOf(events)} onDone={refreshed} /> : null}
      <ActionBar session={session} claim={claim} onDone={refreshed} />
      <HopsTable claim={claim} />
      <LinesTable claim={claim} />
      <Attachments claim={claim} />
      <WarrantyAndCharges claim={claim} />
      <Timeline events={events} />
    </main>
  );
}
