import { Counter, Gauge, type Registry } from 'prom-client';

export interface Sample<L extends string> {
  labels: Record<L, string>;
  value: number;
}

/** Where a scraped gauge's samples come from: a query of the present state (PostgreSQL, Kafka, a breaker). */
export type SampleSource<L extends string> = () => Promise<Sample<L>[]>;

/**
 * A gauge whose samples are read when Prometheus scrapes, from the sources the service's modules
 * gave it. A source that fails leaves its samples out of that scrape (a gap, never a stale value
 * nor a failed scrape) and counts in `rmahub_metrics_source_errors_total`.
 */
export class ScrapedGauge<L extends string> {
  private readonly sources: SampleSource<L>[] = [];

  constructor(registry: Registry, errors: Counter<'gauge'>, definition: { name: string; help: string; labelNames: readonly L[] }) {
    const sources = this.sources;
    new Gauge<L>({
      ...definition,
      labelNames: [...definition.labelNames],
      registers: [registry],
      async collect() {
        this.reset();
        const results = await Promise.allSettled(sources.map((source) => source()));
        for (const result of results) {
          if (result.status === 'rejected') errors.inc({ gauge: definition.name });
          else for (const sample of result.value) this.set(sample.labels, sample.value);
        }
      },
    });
  }

  /** Adds a source; the module that owns the state adds it once. */
  readFrom(source: SampleSource<L>): void {
    this.sources.push(source);
  }
}

/**
 * One read feeding several gauges (the outbox's count and oldest age, say): a scrape collects its
 * gauges side by side, so calls while a read is in flight share it instead of each running the
 * query again; the next scrape reads afresh.
 */
export function readOncePerScrape<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  return () => {
    inFlight ??= read().finally(() => (inFlight = undefined));
    return inFlight;
  };
}
