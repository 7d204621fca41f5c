import type { Registry } from 'prom-client';
import type { ServiceFigures } from '@rma-hub/contracts';

interface Reading {
  metric: string;
  /** Only the samples whose labels pass. */
  where?: (labels: Record<string, string | number | undefined>) => boolean;
  /** A counter that never moved has no samples yet: it reads 0. A gauge without samples is not measured here: left out. */
  counter?: boolean;
}

const outcomeIn =
  (...outcomes: string[]) =>
  (labels: Record<string, string | number | undefined>) =>
    outcomes.includes(String(labels.outcome));

const READINGS: { [K in keyof Required<ServiceFigures>]: Reading } = {
  messagesProcessed: { metric: 'rmahub_consumer_messages_total', where: outcomeIn('processed', 'duplicate'), counter: true },
  messagesRetried: { metric: 'rmahub_consumer_messages_total', where: outcomeIn('retried'), counter: true },
  messagesDeadLettered: { metric: 'rmahub_consumer_messages_total', where: outcomeIn('dead_lettered'), counter: true },
  messagesPublished: { metric: 'rmahub_outbox_published_total', counter: true },
  httpRequests: { metric: 'rmahub_http_requests_total', counter: true },
  httpErrors: { metric: 'rmahub_http_requests_total', where: (labels) => Number(labels.status) >= 500, counter: true },
  outboxBacklog: { metric: 'rmahub_outbox_backlog_messages' },
  eventLoopLagSeconds: { metric: 'rmahub_nodejs_eventloop_lag_p99_seconds' },
  rssBytes: { metric: 'rmahub_process_resident_memory_bytes' },
};

/**
 * The key figures of this process, from its own registry (README "Metrics"). Each metric is read
 * once however many figures it feeds; a scraped gauge's read queries its source as a scrape does.
 */
export async function readFigures(registry: Registry): Promise<ServiceFigures> {
  // The event-loop percentiles are set by the collect of nodejs_eventloop_lag_seconds (prom-client), so it runs first.
  await registry.getSingleMetric('rmahub_nodejs_eventloop_lag_seconds')?.get();
  const metrics = [...new Set(Object.values(READINGS).map((reading) => reading.metric))];
  const samples = new Map(
    await Promise.all(metrics.map(async (name) => [name, (await registry.getSingleMetric(name)?.get())?.values ?? []] as const)),
  );
  const figures: ServiceFigures = {};
  for (const [figure, reading] of Object.entries(READINGS) as [keyof ServiceFigures, Reading][]) {
    const values = (samples.get(reading.metric) ?? []).filter((sample) => !reading.where || reading.where(sample.labels));
    if (values.length || reading.counter) figures[figure] = values.reduce((sum, sample) => sum + sample.value, 0);
  }
  return figures;
}
