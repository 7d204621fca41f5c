import parsePrometheusTextFormat, { type MetricFamily } from 'parse-prometheus-text-format';

export interface Scrape {
  families: MetricFamily[];
  /** The value of the sample of `name` whose labels include `labels` (summed over the samples that match); undefined when none does. */
  value(name: string, labels?: Record<string, string>): number | undefined;
}

/** Scrapes a service's `/metrics` and parses it with a parser of its own (not prom-client's). */
export async function scrapeMetrics(baseUrl: string): Promise<Scrape> {
  const response = await fetch(`${baseUrl}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  if (!response.headers.get('content-type')?.startsWith('text/plain')) throw new Error(`/metrics is ${response.headers.get('content-type')}`);
  const families = parsePrometheusTextFormat(await response.text());
  return {
    families,
    value(name, labels = {}) {
      const family = families.find((candidate) => candidate.name === name);
      const matching = family?.metrics.filter((sample) => Object.entries(labels).every(([key, value]) => sample.labels?.[key] === value)) ?? [];
      if (matching.length === 0) return undefined;
      return matching.reduce((sum, sample) => sum + Number(sample.value ?? sample.count), 0);
    },
  };
}
