import { startHub } from '../../apps/all-in-one/src/hub';
import { loadConfig, type RunningService } from '@rma-hub/platform';
import { apiAs, DEMO_CLAIM, eventually, portalFaults, useTestHub, type TestHub } from '@rma-hub/testing';

/** What the generated requests aim at: claims waiting for each kind of move, an upstream RMA, a dead letter, keys to revoke. */
export interface Seeds {
  /** Claim ids by the status they were left in. */
  claims: Record<'forwarded' | 'received' | 'authorized' | 'needsInfo' | 'inReview' | 'atPortal', string[]>;
  /** The serial on each seeded claim's one line. */
  serials: Record<string, string>;
  upstreamRma: string;
  webhookSecret: string;
  deadLetterId: string;
  apiKeyIds: string[];
}

export interface FuzzHub {
  url: string;
  hub: TestHub;
  seeds: Seeds;
}

const QUIET = { gateway: true, webhooks: true, router: false, connectors: false, notifier: false };

/**
 * A test hub seeded through the whole chain, then restarted with only the services that answer
 * HTTP (gateway and webhook receiver) on the same database. Nothing then writes unless a request
 * does (bar the gateway's own bulk jobs, which the oracle waits for), so a refused request is
 * caught by any change to the database it leaves behind.
 */
export function useFuzzHub(): () => FuzzHub {
  const testHub = useTestHub({
    env: {
      SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: 'true',
      PORTAL_TIMEOUT_MS: '300',
      PORTAL_RETRY_ATTEMPTS: '1',
      PORTAL_RETRY_INITIAL_DELAY_MS: '20',
      PORTAL_REQUEUE_DELAY_MS: '50',
      PORTAL_MAX_ATTEMPTS: '2',
      BULK_LEASE_MS: '2000',
      // Broken webhook signatures are part of the input; throttling them after 20 a minute would
      // turn the rest of the run into 429s before the receiver reads anything.
      AUTH_FAILURES_PER_MINUTE: '1000000',
    },
  });
  let fuzzHub: FuzzHub | undefined;
  let quiet: RunningService | undefined;
  beforeAll(async () => {
    const hub = testHub();
    const seeds = await seed(hub);
    const full = hub.demo.hub;
    await full.close();
    quiet = await startHub(loadConfig(hub.serviceEnv), QUIET);
    // The test hub closes its service when the file ends: make that the quiet one.
    full.close = () => quiet!.close();
    fuzzHub = { url: quiet.url, hub, seeds };
  }, 300_000);
  return () => {
    if (!fuzzHub) throw new Error('the fuzz hub has not started');
    return fuzzHub;
  };
}

let claimNo = 0;

async function seed(hub: TestHub): Promise<Seeds> {
  const as = (party: string) => apiAs(hub.url, hub.keyOf(party));
  const serials: Record<string, string> = {};
  const submit = async (party: string, claim: Record<string, unknown>) => {
    claimNo += 1;
    const serial = `FUZZ-SEED-SN-${claimNo}`;
    const answer = await as(party).post('/v1/claims', { ...DEMO_CLAIM, reference: `FUZZ-SEED-${claimNo}`, lines: [{ serial, model: 'U6-Pro' }], ...claim });
    if (answer.status !== 201) throw new Error(`seed claim refused: ${JSON.stringify(answer.body)}`);
    serials[answer.body.id] = serial;
    return answer.body.id as string;
  };
  const statusOf = async (party: string, id: string, status: string) =>
    eventually(async () => {
      const claim = (await as(party).get(`/v1/claims/${id}`)).body;
      expect(claim.status).toBe(status);
      return claim;
    });
  const adNotam = async () => {
    const id = await submit('reseller-alpha', { manufacturer: 'ad-notam' });
    await statusOf('reseller-alpha', id, 'forwarded');
    return id;
  };
  const move = async (party: string, id: string, action: string, body: unknown, status: string) => {
    const answer = await as(party).post(`/v1/claims/${id}/actions/${action}`, body);
    if (answer.status !== 200) throw new Error(`seed ${action} refused: ${JSON.stringify(answer.body)}`);
    await statusOf(party, id, status);
  };

  const forwarded = [await adNotam(), await adNotam()];
  const received = [await adNotam(), await adNotam()];
  for (const id of received) await move('ad-notam', id, 'receive', {}, 'received');
  const authorized = [await adNotam(), await adNotam()];
  for (const id of authorized) await move('ad-notam', id, 'authorize', {}, 'authorized');
  const needsInfo = [await submit('reseller-alpha', { supportTicket: undefined }), await submit('reseller-alpha', { supportTicket: undefined })];
  for (const id of needsInfo) await statusOf('reseller-alpha', id, 'needs_info');
  const inReview = [await submit('reseller-charlie', {}), await submit('reseller-charlie', {})];
  for (const id of inReview) await statusOf('reseller-charlie', id, 'in_review');

  const atPortal = await submit('reseller-alpha', {});
  const upstreamRma = (await statusOf('reseller-alpha', atPortal, 'authorized')).lines[0].rmaNumber as string;
  const [channel] = await hub.query<{ webhook_secrets: string[] }>("SELECT webhook_secrets FROM manufacturer_channels WHERE manufacturer_id = 'ubiquiti'");

  await portalFaults(hub, 'grandstream', [{ kind: 'error', status: 503, times: null }]);
  const failing = await submit('reseller-alpha', { manufacturer: 'grandstream' });
  const deadLetterId = await eventually(async () => {
    const [letter] = await hub.query<{ id: string }>('SELECT id FROM dead_letters WHERE key = $1', [failing]);
    expect(letter).toBeDefined();
    return letter!.id;
  });
  await portalFaults(hub, 'grandstream', 'clear');

  const apiKeyIds: string[] = [];
  for (const label of ['fuzz-a', 'fuzz-b']) apiKeyIds.push((await as('hub-operator').post('/v1/admin/api-keys', { party: 'reseller-bravo', label })).body.id);

  await settled(hub);
  return {
    claims: { forwarded, received, authorized, needsInfo, inReview, atPortal: [atPortal] },
    serials,
    upstreamRma,
    webhookSecret: channel!.webhook_secrets[0]!,
    deadLetterId,
    apiKeyIds,
  };
}

/** Waits until the hub has nothing left to do: every message published and the database unchanged for a moment. */
async function settled(hub: TestHub) {
  let previous = '';
  await eventually(
    async () => {
      const [{ unpublished }] = (await hub.query<{ unpublished: number }>('SELECT count(*)::int AS unpublished FROM outbox_messages WHERE published_at IS NULL')) as [{ unpublished: number }];
      const now = JSON.stringify(await fingerprint(hub));
      const stable = now === previous;
      previous = now;
      expect(unpublished).toBe(0);
      expect(stable).toBe(true);
    },
    { intervalMs: 500 },
  );
}

/**
 * Every table a request could write, by rows and by the columns an update would move. The relay
 * marking messages published is left out: it is the only writer that is not a request.
 */
const FINGERPRINT_SQL = `SELECT json_build_object(
  'claims', (SELECT json_build_array(count(*), max(updated_at), md5(string_agg(id::text || status, ',' ORDER BY id))) FROM claims),
  'claim_lines', (SELECT json_build_array(count(*), md5(string_agg(id::text || status || coalesce(upstream_rma, ''), ',' ORDER BY id))) FROM claim_lines),
  'claim_hops', (SELECT count(*) FROM claim_hops),
  'claim_events', (SELECT count(*) FROM claim_events),
  'claim_charges', (SELECT count(*) FROM claim_charges),
  'claim_timers', (SELECT json_build_array(count(*), count(cancelled_at)) FROM claim_timers),
  'portal_requests', (SELECT json_build_array(count(*), max(updated_at)) FROM portal_requests),
  'subscriptions', (SELECT count(*) FROM subscriptions),
  'deliveries', (SELECT count(*) FROM deliveries),
  'bulk_jobs', (SELECT json_build_array(count(*), md5(string_agg(state, ',' ORDER BY id))) FROM bulk_jobs),
  'bulk_job_lines', (SELECT count(*) FROM bulk_job_lines),
  'bulk_job_errors', (SELECT count(*) FROM bulk_job_errors),
  'bulk_job_outcomes', (SELECT count(*) FROM bulk_job_outcomes),
  'outbox_messages', (SELECT json_build_array(count(*), max(position)) FROM outbox_messages),
  'processed_messages', (SELECT count(*) FROM processed_messages),
  'dead_letters', (SELECT json_build_array(count(*), count(replayed_at)) FROM dead_letters),
  'idempotency_records', (SELECT count(*) FROM idempotency_records),
  'api_keys', (SELECT json_build_array(count(*), count(revoked_at)) FROM api_keys),
  'reference_counters', (SELECT coalesce(sum(value), 0) FROM reference_counters),
  'parties', (SELECT count(*) FROM parties)
) AS fingerprint`;

export type Fingerprint = Record<string, unknown>;

export async function fingerprint(hub: TestHub): Promise<Fingerprint> {
  const [row] = await hub.query<{ fingerprint: Fingerprint }>(FINGERPRINT_SQL);
  return row!.fingerprint;
}

/** The tables whose figures differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys(before).filter((table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]));
}

/** Waits for the gateway's bulk jobs to finish, so what they write is not taken for the next request's. */
export async function bulkJobsDone(hub: TestHub) {
  await eventually(async () => {
    const [{ open }] = (await hub.query<{ open: number }>("SELECT count(*)::int AS open FROM bulk_jobs WHERE state <> 'done'")) as [{ open: number }];
    expect(open).toBe(0);
  }, { intervalMs: 20 });
}
