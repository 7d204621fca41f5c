import { describe, expect, it } from '@jest/globals';
import { keyMetrics, parsePrometheus, sumOf } from './prometheus';

const SCRAPE = `# HELP rmahub_claims Claims in the hub now, by status.
# TYPE rmahub_claims gauge
rmahub_claims{status="authorized"} 3
rmahub_claims{status="needs_info"} 2
rmahub_consumer_messages_total{consumer="rma-hub.router",topic="a",outcome="dead_lettered"} 1
rmahub_consumer_messages_total{consumer="rma-hub.router",topic="a",outcome="processed"} 40
rmahub_http_requests_total{method="GET",route="/v1/claims",status="503"} 4
rmahub_http_requests_total{method="GET",route="/v1/claims",status="200"} 9
rmahub_portal_circuit_state{portal="ubiquiti",state="open"} 1
rmahub_portal_circuit_state{portal="ubiquiti",state="closed"} 0
rmahub_outbox_backlog_messages 7
odd_label{text="a \\"quoted\\", b"} 1.5
`;

describe('reading /metrics', () => {
  const samples = parsePrometheus(SCRAPE);

  it('parses each sample with its labels, skipping comments', () => {
    expect(samples).toHaveLength(10);
    expect(samples[0]).toEqual({ name: 'rmahub_claims', labels: { status: 'authorized' }, value: 3 });
    expect(samples.at(-1)).toEqual({ name: 'odd_label', labels: { text: 'a "quoted", b' }, value: 1.5 });
  });

  it('sums a metric, or the samples whose labels match', () => {
    expect(sumOf(samples, 'rmahub_claims')).toBe(5);
    expect(sumOf(samples, 'rmahub_claims', (labels) => labels.status === 'needs_info')).toBe(2);
  });

  it('gives the key figures', () => {
    expect(keyMetrics(samples)).toMatchObject({ claims: 5, deadLettered: 1, httpErrors: 4, portalOpen: 1, outboxBacklog: 7, consumerLag: 0 });
  });
});
