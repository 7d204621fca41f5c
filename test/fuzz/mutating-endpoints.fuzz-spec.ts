import Table from 'cli-table3';
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { buildOpenApiDocument } from '@rma-hub/openapi';
import { OpenApiContract } from '../harness/openapi-contract';
import { bulkJobsDone, changedTables, fingerprint, useFuzzHub, type FuzzHub, type Fingerprint } from './fuzz-hub';
import { FUZZ_TARGETS, type FuzzRequest, type FuzzTarget } from './fuzz-targets';

/** Inputs per endpoint: FUZZ_RUNS (`npm run test:fuzz` sets 10,000), else a quick 200 for `npm test`. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Fixed, so a run is repeatable; FUZZ_SEED explores elsewhere. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
/** Longer than any honest answer; a request still open then is a hang. */
const HANG_MS = 15_000;
const MUTATING = ['post', 'put', 'patch', 'delete'];
const OTHER_WEBHOOK_SECRET = 'whsec_' + Buffer.from('not the secret of this manufacturer').toString('base64');

interface Answer {
  status: number;
  contentType: string | null;
  text: string;
}

const tallies = new Map<string, { sent: number; ok: number; refused: number }>();

function mutatingOperations(): string[] {
  return Object.entries(buildOpenApiDocument().paths ?? {}).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => MUTATING.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

async function send(fuzz: FuzzHub, request: FuzzRequest): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (request.party) headers.authorization = `Bearer ${fuzz.hub.keyOf(request.party)}`;
  if (request.contentType !== undefined) headers['content-type'] = request.contentType;
  if (request.idempotencyKey !== undefined) headers['idempotency-key'] = request.idempotencyKey;
  if (request.webhook) Object.assign(headers, envelope(fuzz, request.webhook, request.body ?? ''));
  const response = await fetch(`${fuzz.url}${request.path}`, {
    method: request.method,
    headers,
    // Bytes, so fetch adds no content type of its own.
    ...(request.body === undefined ? {} : { body: Buffer.from(request.body) }),
    signal: AbortSignal.timeout(HANG_MS),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

/** Standard Webhooks headers for the receiver: signed with the manufacturer's secret, or broken as the case says. */
function envelope(fuzz: FuzzHub, webhook: NonNullable<FuzzRequest['webhook']>, body: string): Record<string, string> {
  const skewMs = { stale: -10 * 60_000, future: 10 * 60_000 }[webhook.envelope as 'stale'] ?? 0;
  const at = new Date(Date.now() + skewMs);
  const secret = webhook.envelope === 'bad-signature' ? OTHER_WEBHOOK_SECRET : fuzz.seeds.webhookSecret;
  const headers: Record<string, string> = {
    'webhook-id': webhook.id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(webhook.id, at, body),
  };
  if (webhook.envelope === 'no-signature') delete headers['webhook-signature'];
  if (webhook.envelope === 'no-id') delete headers['webhook-id'];
  return headers;
}

describe('every mutating endpoint under generated hostile requests', () => {
  const fuzzHub = useFuzzHub();
  const contract = new OpenApiContract();

  afterAll(() => {
    const table = new Table({ head: ['endpoint', 'inputs', '2xx', '4xx'], style: { head: [], border: [] } });
    for (const [operation, tally] of tallies) table.push([operation, tally.sent, tally.ok, tally.refused]);
    console.log(`fuzzing with seed ${SEED}, ${RUNS} inputs per endpoint (FUZZ_SEED, FUZZ_RUNS)\n${table.toString()}`);
  });

  it('has a fuzz target for every mutating operation in the OpenAPI document', () => {
    const targeted = FUZZ_TARGETS.map((target) => target.operation);
    expect(mutatingOperations().filter((operation) => !targeted.includes(operation))).toEqual([]);
    expect(targeted.filter((operation) => !mutatingOperations().includes(operation))).toEqual([]);
  });

  it('sees in its fingerprint what an accepted request writes', async () => {
    const fuzz = fuzzHub();
    const before = await fingerprint(fuzz.hub);
    const created = await send(fuzz, { method: 'POST', path: '/v1/admin/api-keys', party: 'hub-operator', contentType: 'application/json', body: JSON.stringify({ party: 'reseller-bravo', label: 'oracle' }) });
    expect(created.status).toBe(201);
    const revoked = await send(fuzz, { method: 'DELETE', path: `/v1/admin/api-keys/${(JSON.parse(created.text) as { id: string }).id}`, party: 'hub-operator' });
    expect(revoked.status).toBe(200);
    expect(changedTables(before, await fingerprint(fuzz.hub))).toEqual(['api_keys']);
  });

  /** Sends one request and holds its answer to the oracle; the fingerprint is the database's before it. */
  async function probe(target: FuzzTarget, request: FuzzRequest, before: Fingerprint): Promise<Fingerprint | undefined> {
    const fuzz = fuzzHub();
    const tally = tallies.get(target.operation)!;
    tally.sent += 1;
    const answer = await send(fuzz, request);
    const said = `${request.method} ${request.path} answered ${answer.status} ${answer.contentType}: ${answer.text.slice(0, 500)}`;
    if (answer.status < 200 || answer.status >= 500 || (answer.status >= 300 && answer.status < 400)) throw new Error(said);
    const body = answer.text ? (JSON.parse(answer.text) as unknown) : undefined;
    // The operation by its template: a hostile segment (%2e%2e) must not make the URL another path.
    const url = target.operation.split(' ')[1]!.replace(/\{\w+\}/g, 'p');
    contract.check({ method: request.method, url, status: answer.status, contentType: answer.contentType, body });
    if (answer.status < 300) {
      tally.ok += 1;
      if (target.startsBulkJob) await bulkJobsDone(fuzz.hub);
      return undefined;
    }
    tally.refused += 1;
    if (!answer.contentType?.startsWith('application/problem+json')) throw new Error(`a refusal that is not problem+json: ${said}`);
    const after = await fingerprint(fuzz.hub);
    const changed = changedTables(before, after);
    if (changed.length > 0) throw new Error(`a refused request wrote to ${changed.join(', ')}: ${said}`);
    return after;
  }

  for (const target of FUZZ_TARGETS) {
    it(
      `${target.operation}: 2xx, or a 4xx problem+json that wrote nothing (${RUNS} inputs)`,
      async () => {
        tallies.set(target.operation, { sent: 0, ok: 0, refused: 0 });
        let known: Fingerprint | undefined;
        await fc.assert(
          fc.asyncProperty(target.requests(fuzzHub().seeds), async (request) => {
            const before = known ?? (await fingerprint(fuzzHub().hub));
            known = undefined;
            known = await probe(target, request, before);
          }),
          { numRuns: RUNS, seed: SEED },
        );
        const tally = tallies.get(target.operation)!;
        expect(tally.sent).toBeGreaterThanOrEqual(RUNS);
        // Some inputs got past validation and were taken, so the refusals are not all at the door.
        expect(tally.ok).toBeGreaterThan(0);
      },
      RUNS * 250 + 120_000,
    );
  }
});
