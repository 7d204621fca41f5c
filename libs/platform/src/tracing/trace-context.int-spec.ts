import { randomUUID } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { CLAIM_SUBMITTED, type ClaimSubmittedV1 } from '@rma-hub/contracts';
import { Database } from '@rma-hub/persistence';
import { createTestDatabase, testEnv, type TestDatabase } from '@rma-hub/testing';
import { registerTracing } from './tracing';

describe('trace context written with queued work, on real PostgreSQL', () => {
  let database: TestDatabase;
  let db: Database;
  const claimId = randomUUID();
  const event: ClaimSubmittedV1 = { claimId, resellerId: 'r1', manufacturerId: 'ubiquiti', submittedAt: new Date().toISOString() };
  /** What the relay reads back from the outbox row: the headers it sends to Kafka. */
  const relayedHeaders = async (id: string) => (await db.transaction((tx) => tx.outbox.pending(100))).find((message) => message.id === id)?.headers;
  const publishInSpan = () =>
    trace.getTracer('test').startActiveSpan('work', async (span) => {
      const id = await db.transaction(async (tx) => {
        await tx.portalRequests.enqueue(randomUUID(), 'ubiquiti', { claimId });
        return tx.outbox.publish(CLAIM_SUBMITTED, claimId, event);
      });
      span.end();
      return { id, traceparent: `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01` };
    });

  beforeAll(async () => {
    database = await createTestDatabase(testEnv().postgresUrl);
    db = new Database({ url: database.url, poolSize: 2 });
  });
  afterAll(async () => {
    await db?.disconnect();
    await database?.drop();
  });

  it('writes none while tracing is off', async () => {
    const { id } = await publishInSpan();
    expect(await relayedHeaders(id)).toEqual({});
    expect((await db.repositories.portalRequests.leaseDue(1, 60_000, 1_000))[0]?.traceContext).toEqual({});
  });

  it('writes the active span into the outbox row and the queued portal request when on, for the relay and the worker to read back', async () => {
    const tracing = registerTracing({ serviceName: 'rma-hub-test', processor: new SimpleSpanProcessor(new InMemorySpanExporter()) });
    try {
      const { id, traceparent } = await publishInSpan();
      expect(await relayedHeaders(id)).toEqual({ traceparent });
      expect((await db.repositories.portalRequests.leaseDue(1, 60_000, 1_000))[0]?.traceContext).toEqual({ traceparent });
    } finally {
      await tracing.shutdown();
    }
  });
});
