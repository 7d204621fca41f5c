import { SpanKind } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { SERVICE_ATTRIBUTE } from '@rma-hub/platform';
import { apiAs, DEMO_CLAIM, eventually, ubiquitiReports, useSubscriber, useTestHub } from '@rma-hub/testing';

/**
 * The service that recorded a span. In one process every service shares the tracer provider: an
 * HTTP request's span names the app that served it, every other span comes from its service's tracer.
 */
const serviceOf = (span: ReadableSpan) => String(span.attributes[SERVICE_ATTRIBUTE] ?? span.instrumentationScope.name.replace(/^rma-hub\./, ''));

/** The services a span's ancestry passes through, from the root down, each stay counted once. */
function servicesAlong(span: ReadableSpan, byId: Map<string, ReadableSpan>): string[] {
  const path: string[] = [];
  for (let at: ReadableSpan | undefined = span; at; at = at.parentSpanContext && byId.get(at.parentSpanContext.spanId)) {
    if (path[0] !== serviceOf(at)) path.unshift(serviceOf(at));
  }
  return path;
}

describe('one claim’s journey is one trace, across Kafka, from the gateway to the subscriber', () => {
  const testHub = useTestHub({ traced: true, env: { SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true' } });
  const subscriber = useSubscriber();

  it('runs gateway → router → connectors → portal → webhooks → router → notifier, every span linked to its parent', async () => {
    const hub = testHub();
    const reseller = apiAs(hub.url, hub.keyOf('reseller-alpha'));
    expect((await reseller.post('/v1/subscriptions', { url: subscriber.url() })).status).toBe(201);

    const submitted = await fetch(`${hub.url}/v1/claims`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.keyOf('reseller-alpha')}`, 'content-type': 'application/json', 'x-request-id': 'trace-e2e-1' },
      body: JSON.stringify(DEMO_CLAIM),
    });
    expect(submitted.status).toBe(201);
    expect(submitted.headers.get('x-request-id')).toBe('trace-e2e-1');
    const claimId = ((await submitted.json()) as { id: string }).id;

    const rmaNumber: string = await eventually(async () => {
      const claim = await reseller.get(`/v1/claims/${claimId}`);
      expect(claim.body.status).toBe('authorized');
      return claim.body.lines[0].rmaNumber;
    });
    expect((await ubiquitiReports(hub, rmaNumber, { status: 'RECEIVED' })).body.webhook.status).toBe(200);
    const changes = () => subscriber.received.map((hook) => JSON.parse(hook.body) as { data: { from: string; to: string } }).map(({ data }) => `${data.from}→${data.to}`);
    await eventually(async () => expect(changes()).toContain('authorized→received'));

    const spans = hub.spans!;
    const root = spans.getFinishedSpans().find((span) => span.kind === SpanKind.SERVER && span.name === 'POST /v1/claims');
    expect(root).toMatchObject({ parentSpanContext: undefined, attributes: expect.objectContaining({ 'rma_hub.request_id': 'trace-e2e-1', 'http.response.status_code': 201 }) });
    const traceId = root!.spanContext().traceId;

    // The last delivery's span ends just after the subscriber answered it.
    const { trace, byId, delivery } = await eventually(async () => {
      const inTrace = spans.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
      const ids = new Map(inTrace.map((span) => [span.spanContext().spanId, span]));
      const deliveries = inTrace.filter((span) => serviceOf(span) === 'notifier' && span.kind === SpanKind.CLIENT);
      const last = deliveries.find((span) => servicesAlong(span, ids).includes('webhooks'));
      expect(last).toBeDefined();
      return { trace: inTrace, byId: ids, delivery: last! };
    });

    expect(new Set(trace.map(serviceOf))).toEqual(new Set(['gateway', 'router', 'connectors', 'portal-sim', 'webhooks', 'notifier']));
    expect(servicesAlong(delivery, byId)).toEqual(['gateway', 'router', 'connectors', 'portal-sim', 'webhooks', 'router', 'notifier']);
    // One root; every other span's parent is in the trace.
    expect(trace.filter((span) => !span.parentSpanContext)).toEqual([root]);
    expect(trace.filter((span) => span.parentSpanContext && !byId.has(span.parentSpanContext.spanId))).toEqual([]);
    // The subscriber was told about all three changes in this trace.
    expect(trace.filter((span) => serviceOf(span) === 'notifier' && span.kind === SpanKind.CLIENT)).toHaveLength(3);

    // Each consumer's span says what it processed: the message, its group, the claim it is about.
    const consumed = trace.filter((span) => span.kind === SpanKind.CONSUMER);
    expect(consumed.map((span) => span.name)).toEqual(expect.arrayContaining([expect.stringMatching(/rma\.portal\.status-reported\.v1 process$/)]));
    for (const span of consumed) {
      expect(span.attributes).toMatchObject({
        'messaging.system': 'kafka',
        'messaging.consumer.group.name': expect.stringMatching(/rma-hub\.(router|connectors|notifier)$/),
        'messaging.message.id': expect.any(String),
        'rma_hub.claim_id': claimId,
      });
    }

    // The context crossed Kafka in the outbox rows' headers: every message about the claim carries the trace.
    const rows = await hub.query<{ topic: string; headers: Record<string, string> }>('SELECT topic, headers FROM outbox_messages WHERE key = $1', [claimId]);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) expect(row.headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
  });
});
