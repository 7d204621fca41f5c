/** One sample of the Prometheus text exposition format: its name, labels and value. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Reads `/metrics`: comment lines skipped, each sample line parsed (label values unescaped). */
export function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const label of (match[2] ?? '').matchAll(LABEL)) labels[label[1]!] = label[2]!.replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of a metric's samples whose labels match `where` (every sample without it). */
export const sumOf = (samples: readonly Sample[], name: string, where: (labels: Record<string, string>) => boolean = () => true): number =>
  samples.filter((sample) => sample.name === name && where(sample.labels)).reduce((total, sample) => total + sample.value, 0);

/** The key figures the health page shows, from one scrape. */
export function keyMetrics(samples: readonly Sample[]): Record<string, number> {
  return {
    claims: sumOf(samples, 'rmahub_claims'),
    outboxBacklog: sumOf(samples, 'rmahub_outbox_backlog_messages'),
    outboxOldest: sumOf(samples, 'rmahub_outbox_oldest_unpublished_age_seconds'),
    consumerLag: sumOf(samples, 'rmahub_consumer_lag_messages'),
    deadLettered: sumOf(samples, 'rmahub_consumer_messages_total', (labels) => labels.outcome === 'dead_lettered'),
    portalWaiting: sumOf(samples, 'rmahub_portal_requests_waiting'),
    portalOpen: sumOf(samples, 'rmahub_portal_circuit_state', (labels) => labels.state === 'open' || labels.state === 'isolated'),
    deliveriesOwed: sumOf(samples, 'rmahub_deliveries_owed'),
    deliveriesFailing: sumOf(samples, 'rmahub_deliveries_failing'),
    httpErrors: sumOf(samples, 'rmahub_http_requests_total', (labels) => (labels.status ?? '').startsWith('5')),
  };
}
