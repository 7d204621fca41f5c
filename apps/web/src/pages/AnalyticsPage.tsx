import { useEffect, useState } from 'react';
import type { ChargeAnalytics, HopAnalytics, OutcomeAnalytics } from '@rma-hub/api-client';
import { fieldErrors, problemTitle } from '../api/problem';
import type { Session } from '../api/session';
import { Alert } from '../components/Alert';
import { AnalyticsFilters, analyticsQuery, NO_ANALYTICS_FILTER, type AnalyticsFilter } from '../components/AnalyticsFilters';
import { ChargeChart, HopCharts, OutcomeCharts } from '../components/charts/AnalyticsCharts';
import { en } from '../text/en';

interface Figures {
  hops: HopAnalytics;
  outcomes: OutcomeAnalytics;
  charges: ChargeAnalytics;
}

/** Where the time goes on the caller's chain: the three analytics calls with one filter, drawn as bars with tables beside. */
export function AnalyticsPage({ session }: { session: Session }) {
  const [filter, setFilter] = useState<AnalyticsFilter>(NO_ANALYTICS_FILTER);
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    let live = true;
    setFigures(null);
    const query = analyticsQuery(filter);
    const { period: _period, ...outcomeQuery } = query;
    void Promise.all([
      session.client.GET('/v1/analytics/hops', { params: { query } }),
      session.client.GET('/v1/analytics/outcomes', { params: { query: outcomeQuery } }),
      session.client.GET('/v1/analytics/charges', { params: { query } }),
    ])
      .then(([hops, outcomes, charges]) => {
        if (!live) return;
        if (hops.data && outcomes.data && charges.data) {
          setFigures({ hops: hops.data, outcomes: outcomes.data, charges: charges.data });
          setError(null);
          setErrors({});
        } else {
          const problem = hops.error ?? outcomes.error ?? charges.error;
          setError(en.errors.generic(problemTitle(problem)));
          setErrors(fieldErrors(problem));
        }
      })
      .catch(() => live && setError(en.errors.network));
    return () => {
      live = false;
    };
  }, [session, filter]);

  return (
    <main id="main" className="analytics">
      <h1>{en.analytics.title}</h1>
      <p>{en.analytics.intro}</p>
      <AnalyticsFilters initial={filter} onApply={setFilter} errors={errors} />
      <Alert>{error}</Alert>
      {figures === null ? (
        error ? null : <p aria-live="polite">{en.analytics.loading}</p>
      ) : (
        <div data-testid="analytics-figures">
          <HopCharts hops={figures.hops} />
          <OutcomeCharts outcomes={figures.outcomes} />
          <ChargeChart charges={figures.charges} />
        </div>
      )}
    </main>
  );
}
