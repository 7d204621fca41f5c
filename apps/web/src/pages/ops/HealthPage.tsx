import '../../components/charts/charts.css';
import { useEffect, useState } from 'react';
import type { Session } from '../../api/session';
import { keyMetrics, parsePrometheus, type Sample } from '../../api/prometheus';
import { Alert } from '../../components/Alert';
import { en } from '../../text/en';
import { ServiceInstances } from './ServiceInstances';

const text = en.ops.health;

interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

/** Every service instance's last report, then the gateway's readiness checks (`/readyz`) and key figures from its Prometheus metrics (`/metrics`, parsed here). */
export function HealthPage({ session }: { session: Session }) {
  const [readiness, setReadiness] = useState<Readiness | null>(null);
  const [samples, setSamples] = useState<Sample[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    setReadiness(null);
    setSamples(null);
    void session.client
      .GET('/readyz')
      .then(({ data, error: problem }) => {
        const checks = ((data ?? problem) as { checks?: Record<string, string> } | undefined)?.checks ?? {};
        if (live) setReadiness({ ready: Boolean(data), checks });
      })
      .catch(() => live && setReadiness({ ready: false, checks: {} }));
    void session.client
      .GET('/metrics', { parseAs: 'text' })
      .then(({ data }) => {
        if (!live) return;
        setError(typeof data === 'string' ? null : text.unavailable);
        setSamples(typeof data === 'string' ? parsePrometheus(data) : []);
      })
      .catch(() => live && setError(text.unavailable));
    return () => {
      live = false;
    };
  }, [session, round]);

  const metrics = samples ? keyMetrics(samples) : null;
  const byStatus = (samples ?? []).filter((sample) => sample.name === 'rmahub_claims' && sample.value > 0);
  return (
    <main id="main">
      <h1>{text.title}</h1>
      <button type="button" onClick={() => setRound(round + 1)}>
        {text.refresh}
      </button>
      <ServiceInstances session={session} round={round} />
      <section aria-labelledby="readiness-title">
        <h2 id="readiness-title">{text.readiness}</h2>
        {readiness === null ? (
          <p aria-live="polite">{text.loading}</p>
        ) : (
          <>
            <p data-testid="readiness" data-ready={readiness.ready ? 'true' : 'false'} className={readiness.ready ? 'verdict-up' : 'verdict-down'}>
              {readiness.ready ? text.ready : text.notReady}
            </p>
            <table data-testid="readiness-checks">
              <thead>
                <tr>
                  <th scope="col">{text.checkColumns.check}</th>
                  <th scope="col">{text.checkColumns.verdict}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(readiness.checks).map(([name, verdict]) => (
                  <tr key={name} data-check={name}>
                    <th scope="row">{name}</th>
                    <td className={verdict === 'up' ? 'verdict-up' : 'verdict-down'}>{verdict}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      <section aria-labelledby="metrics-title">
        <h2 id="metrics-title">{text.metrics}</h2>
        <Alert>{error}</Alert>
        {metrics === null ? (
          <p aria-live="polite">{text.loading}</p>
        ) : (
          <table data-testid="key-metrics">
            <thead>
              <tr>
                <th scope="col">{text.metricColumns.metric}</th>
                <th scope="col">{text.metricColumns.value}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(metrics).map(([key, value]) => (
                <tr key={key} data-metric={key}>
                  <th scope="row">{text.metricNames[key] ?? key}</th>
                  <td>{Number.isInteger(value) ? value : value.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {byStatus.length ? (
          <table data-testid="claims-by-status">
            <caption>{text.claimsByStatus}</caption>
            <tbody>
              {byStatus.map((sample) => (
                <tr key={sample.labels.status}>
                  <th scope="row">{en.statuses[sample.labels.status ?? ''] ?? sample.labels.status}</th>
                  <td>{sample.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </main>
  );
}
