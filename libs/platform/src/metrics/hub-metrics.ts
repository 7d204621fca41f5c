import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { ConsumeOutcome, MessagingObserver } from '@rma-hub/messaging';
import { CLAIM_STATUS_CHANGED, CLAIM_SUBMITTED, type TopicName } from '@rma-hub/contracts';
import { ScrapedGauge } from './scraped-gauge';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const PORTAL_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * Every metric the hub exposes (README "Metrics" lists them with what they mean), on one registry
 * per process. Counters count what this process did; scraped gauges read the present state from
 * whichever module owns it. Labels are bounded sets (routes, statuses, topics, portals, parties),
 * never a claim or request id.
 */
export class HubMetrics implements MessagingObserver {
  readonly registry = new Registry();
  private readonly on = [this.registry];

  readonly httpRequests = new Counter({ name: 'rmahub_http_requests_total', help: 'HTTP requests answered, by route template, method and status.', labelNames: ['method', 'route', 'status'], registers: this.on });
  readonly httpDuration = new Histogram({ name: 'rmahub_http_request_duration_seconds', help: 'Time to answer an HTTP request, by route template and method.', labelNames: ['method', 'route'], buckets: LATENCY_BUCKETS, registers: this.on });
  readonly claimsSubmitted = new Counter({ name: 'rmahub_claims_submitted_total', help: 'Claims accepted into the hub (announced on rma.claim.submitted.v1), by manufacturer.', labelNames: ['manufacturer'], registers: this.on });
  readonly claimTransitions = new Counter({ name: 'rmahub_claim_transitions_total', help: 'Claim status changes (announced on rma.claim.status-changed.v1), by from and to status.', labelNames: ['from', 'to'], registers: this.on });
  readonly messagesPublished = new Counter({ name: 'rmahub_outbox_published_total', help: 'Outbox messages this process published to Kafka, by topic.', labelNames: ['topic'], registers: this.on });
  readonly messagesConsumed = new Counter({ name: 'rmahub_consumer_messages_total', help: 'Messages a consumer took: processed, duplicate (already processed), retried (an attempt failed, it is tried again) or dead_lettered.', labelNames: ['consumer', 'topic', 'outcome'], registers: this.on });
  readonly portalCalls = new Counter({ name: 'rmahub_portal_calls_total', help: 'Calls to manufacturer portals (with their retries), by portal and outcome.', labelNames: ['portal', 'outcome'], registers: this.on });
  readonly portalCallDuration = new Histogram({ name: 'rmahub_portal_call_duration_seconds', help: 'Time a portal call took, retries included, by portal and outcome.', labelNames: ['portal', 'outcome'], buckets: PORTAL_BUCKETS, registers: this.on });
  readonly deliveries = new Counter({ name: 'rmahub_deliveries_total', help: 'Webhook delivery attempts to subscribers, by subscribing party and outcome (delivered, failed, abandoned).', labelNames: ['subscriber', 'outcome'], registers: this.on });
  readonly bulkLines = new Counter({ name: 'rmahub_bulk_lines_total', help: 'Bulk job lines worked through, by job kind and result (accepted, duplicate, rejected).', labelNames: ['kind', 'result'], registers: this.on });
  private readonly sourceErrors = new Counter({ name: 'rmahub_metrics_source_errors_total', help: 'Scrapes in which a gauge could not read its source (the gauge is absent from that scrape).', labelNames: ['gauge'], registers: this.on });

  readonly claimsByStatus = this.scraped('rmahub_claims', 'Claims in the hub now, by status.', ['status']);
  readonly outboxBacklog = this.scraped('rmahub_outbox_backlog_messages', 'Outbox messages written but not yet published to Kafka.', []);
  readonly outboxOldestAge = this.scraped('rmahub_outbox_oldest_unpublished_age_seconds', 'Age of the oldest unpublished outbox message (0 when none).', []);
  readonly consumerLag = this.scraped('rmahub_consumer_lag_messages', 'Messages on a partition not yet committed by a consumer group.', ['consumer', 'topic', 'partition']);
  readonly portalCircuit = this.scraped('rmahub_portal_circuit_state', "Each portal's circuit breaker: 1 for its current state (closed, open, half_open, isolated), 0 for the others.", ['portal', 'state']);
  readonly portalPause = this.scraped('rmahub_portal_pause_seconds', 'How long until a portal may be called again (a 429 pause or its rate limit); 0 when free.', ['portal']);
  readonly portalQueue = this.scraped('rmahub_portal_requests_waiting', 'Portal calls queued and not yet made, by portal.', ['portal']);
  readonly deliveriesOwed = this.scraped('rmahub_deliveries_owed', 'Webhook deliveries not yet made, by subscribing party.', ['subscriber']);
  readonly deliveriesFailing = this.scraped('rmahub_deliveries_failing', 'Owed deliveries whose last attempt failed, by subscribing party.', ['subscriber']);
  readonly deliveriesAbandoned = this.scraped('rmahub_deliveries_abandoned', 'Deliveries given up on after every attempt failed (an operator can requeue them), by subscribing party.', ['subscriber']);
  readonly bulkJobs = this.scraped('rmahub_bulk_jobs', 'Bulk jobs not yet done, by kind and state (queued, running).', ['kind', 'state']);
  readonly timersDue = this.scraped('rmahub_timers_due', 'Claim deadlines past due and not yet fired (a growing number means the router falls behind).', []);

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'rmahub_' });
  }

  published(topic: TopicName, payload: unknown): void {
    this.messagesPublished.inc({ topic });
    if (topic === CLAIM_SUBMITTED) this.claimsSubmitted.inc({ manufacturer: (payload as { manufacturerId: string }).manufacturerId });
    if (topic === CLAIM_STATUS_CHANGED) {
      const { from, to } = payload as { from: string; to: string };
      this.claimTransitions.inc({ from, to });
    }
  }

  consumed(consumer: string, topic: TopicName, outcome: ConsumeOutcome): void {
    this.messagesConsumed.inc({ consumer, topic, outcome });
  }

  private scraped<L extends string>(name: string, help: string, labelNames: readonly L[]): ScrapedGauge<L> {
    return new ScrapedGauge(this.registry, this.sourceErrors, { name, help, labelNames });
  }
}
