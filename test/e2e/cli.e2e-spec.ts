import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { apiAs, DEMO_CLAIM, eventually, useTestHub } from '@rma-hub/testing';
import { tableRows } from '../harness/table-rows';

const ROOT = path.resolve(__dirname, '../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('the rma-hub CLI against a running hub', () => {
  const testHub = useTestHub({ env: { BULK_BATCH_SIZE: '50' } });
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rma-hub-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The CLI as a user runs it (bin/rma-hub.js, a child process), as reseller-alpha unless `env` says otherwise. */
  function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
    const { NODE_OPTIONS: _jestOptions, ...inherited } = process.env;
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/rma-hub.js'), ...args], {
        cwd: ROOT,
        env: { ...inherited, XDG_CONFIG_HOME: dir, RMA_HUB_URL: testHub().url, RMA_HUB_API_KEY: testHub().keyOf('reseller-alpha'), ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
  }

  function file(name: string, content: string): string {
    const target = path.join(dir, name);
    writeFileSync(target, content);
    return target;
  }

  const claimFile = (name: string, reference: string, overrides: object = {}) =>
    file(name, JSON.stringify({ ...DEMO_CLAIM, reference, lines: [{ serial: `${reference}-SN`, model: 'U6-Pro' }], ...overrides }));


  it("the CLI's bulk import against a running hub prints progress and a correct summary", async () => {
    const lines = Array.from({ length: 300 }, (_, index) =>
      JSON.stringify({ ...DEMO_CLAIM, reference: `CLI-${index + 1}`, lines: [{ serial: `CLI-SN-${index + 1}`, model: 'U6-Pro' }] }),
    );
    lines.splice(100, 0, '{"manufacturer": "ubiquiti", "returnReason": ');
    lines.splice(201, 0, JSON.stringify({ ...DEMO_CLAIM, reference: 'CLI-BAD-DATE', purchaseDate: '2026-02-30', lines: [{ serial: 'CLI-SN-BAD', model: 'U6-Pro' }] }));

    const run = await cli(['bulk', 'import', file('claims.ndjson', lines.join('\n'))]);

    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^import \w+ \[.*\] \d+% \| \d+\/302 lines \| \d+\/s \| ETA/m);
    expect(run.stderr).toMatch(/^import done \[.*\] 100% \| 302\/302 lines/m);
    const table = tableRows(run.stdout);
    expect(table).toEqual(expect.arrayContaining([['received', '302'], ['accepted', '300'], ['duplicates', '0'], ['rejected', '2']]));
    expect(run.stdout).toContain('2 of 302 lines rejected:');
    expect(table).toEqual(
      expect.arrayContaining([
        ['101', '(whole line)', expect.stringMatching(/^not JSON/)],
        ['202', '/purchaseDate', 'must be a date in the form YYYY-MM-DD'],
      ]),
    );
    const [stored] = await testHub().query<{ n: number }>("SELECT count(DISTINCT claim_id)::int AS n FROM claim_hops WHERE reference LIKE 'CLI-%'");
    expect(stored!.n).toBe(300);
  });

  it('submits a claim, safely again with the same file, and shows it with get and list', async () => {
    const claim = claimFile('claim.json', 'TERM-1');
    const submitted = await cli(['submit', claim, '--json']);
    expect(submitted.code).toBe(0);
    const created = JSON.parse(submitted.stdout);
    expect(created).toMatchObject({ status: 'submitted', references: { reseller: 'TERM-1' } });
    expect(submitted.stderr).toBe('');

    const again = await cli(['submit', claim, '--json']);
    expect(JSON.parse(again.stdout).id).toBe(created.id);

    const got = await cli(['get', created.id, '--json']);
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout)).toMatchObject({ id: created.id, references: { reseller: 'TERM-1' }, lines: [{ serial: 'TERM-1-SN', model: 'U6-Pro' }] });

    const shown = await cli(['get', created.id]);
    expect(tableRows(shown.stdout)).toEqual(expect.arrayContaining([['id', created.id], ['reseller reference', 'TERM-1'], ['1', 'TERM-1-SN', 'U6-Pro', expect.any(String), expect.any(String)]]));

    const listed = await cli(['list', '--reference', 'TERM-1', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual({ claims: [expect.objectContaining({ id: created.id })], nextCursor: null });
  });

  it("prints the hub's problem on stderr and exits with 1, and never the API key", async () => {
    const unknown = await cli(['get', '00000000-0000-4000-8000-000000000000']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('error: Claim not found (404 CLAIM.NOT_FOUND)');

    const invalid = await cli(['submit', claimFile('invalid.json', 'TERM-BAD', { purchaseDate: '2026-02-30', lines: [] })]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('The claim is invalid (400');
    expect(invalid.stderr).toContain('/purchaseDate: must be a date in the form YYYY-MM-DD');
    expect(invalid.stderr).toContain('/lines: a claim needs at least one line');

    const wrongKey = await cli(['list'], { RMA_HUB_API_KEY: 'not-a-key-0123456789' });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toContain('401');
    expect(wrongKey.stderr).not.toContain('not-a-key-0123456789');
  });

  it('says which setting is missing, and exits with 2 on usage errors', async () => {
    const noKey = await cli(['list'], { RMA_HUB_API_KEY: undefined });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('No API key: set the environment variable RMA_HUB_API_KEY');

    const unknownOption = await cli(['list', '--colour']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("unknown option '--colour'");
  });

  it("watches a claim's timeline until it is authorized", async () => {
    const created = JSON.parse((await cli(['submit', claimFile('watched.json', 'TERM-WATCH'), '--json'])).stdout);

    const watched = await cli(['watch', created.id, '--until', 'authorized', '--interval', '200']);
    expect(watched.code).toBe(0);
    const moves = watched.stdout
      .trim()
      .split('\n')
      .map((line) => /\s(\S+ → \S+)\s/.exec(line)?.[1]);
    expect(moves).toEqual(['(new) → submitted', 'submitted → forwarded', 'forwarded → authorized']);
    expect(watched.stderr).toContain(`Claim ${created.id} reached authorized.`);

    const asJson = await cli(['watch', created.id, '--until', 'authorized', '--json']);
    const events = asJson.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.map((event) => event.to)).toEqual(['submitted', 'forwarded', 'authorized']);
    expect(asJson.stderr).toBe('');
  });

  it('forwards the claims under review with bulk forward, summarised per manufacturer, refusals with their reason', async () => {
    await testHub().changeNetwork("UPDATE parties SET reviews_claims = true WHERE id = 'distri-west'");
    try {
      const ids: string[] = [];
      for (const reference of ['TERM-FWD-1', 'TERM-FWD-2']) ids.push(JSON.parse((await cli(['submit', claimFile(`${reference}.json`, reference), '--json'])).stdout).id);
      const distributor = { RMA_HUB_API_KEY: testHub().keyOf('distri-west') };
      await eventually(async () => {
        const statuses = await Promise.all(ids.map(async (id) => JSON.parse((await cli(['get', id, '--json'], distributor)).stdout).status));
        expect(statuses).toEqual(['in_review', 'in_review']);
      });

      const first = await cli(['bulk', 'forward', '--claims', ids[0]!], distributor);
      expect(first.code).toBe(0);
      expect(tableRows(first.stdout)).toEqual(expect.arrayContaining([expect.arrayContaining(['ubiquiti', '1', '0'])]));

      const both = await cli(['bulk', 'forward', '--claims', ids.join(','), '--json'], distributor);
      expect(both.code).toBe(0);
      const job = JSON.parse(both.stdout);
      expect(job.counts).toMatchObject({ received: 2, accepted: 1, rejected: 1 });
      expect(job.refused).toEqual([expect.objectContaining({ claimId: ids[0], outcome: 'refused', detail: expect.stringContaining('forwarded') })]);
    } finally {
      await testHub().changeNetwork("UPDATE parties SET reviews_claims = false WHERE id = 'distri-west'");
    }
  });

  it('takes an ad-notam claim from forwarded through authorize with act, and inbox shows it to ad-notam until then', async () => {
    // A complete claim for ad-notam (every field its policy requires), bought two months ago: in warranty.
    const purchaseDate = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    const claim = file(
      'ad-notam.json',
      JSON.stringify({
        reference: 'TERM-ADN-1',
        manufacturer: 'ad-notam',
        returnReason: 'defective',
        failureDescription: 'Mirror TV panel stays black after power-on; standby LED blinks red three times.',
        purchaseDate,
        proofOfPurchase: 'INV-TERM-ADN-1',
        dealer: 'Alpha Networks',
        contact: { name: 'Dana Reyes', email: 'dana.reyes@example.com', phone: '+33 1 23 45 67 89' },
        lines: [{ serial: 'TERM-ADN-1-SN', model: 'Mirror TV 32"' }],
      }),
    );
    const created = JSON.parse((await cli(['submit', claim, '--json'])).stdout);
    const adNotam = { RMA_HUB_API_KEY: testHub().keyOf('ad-notam') };
    const reseller = apiAs(testHub().url, testHub().keyOf('reseller-alpha'));
    await eventually(async () => expect((await reseller.get(`/v1/claims/${created.id}`)).body.status).toBe('forwarded'));
    const inboxIds = async (env: Record<string, string> = {}) => JSON.parse((await cli(['inbox', '--all', '--json'], env)).stdout).claims.map((entry: { id: string }) => entry.id);

    const before = await cli(['inbox'], adNotam);
    expect(before.code).toBe(0);
    expect(tableRows(before.stdout)).toEqual(
      expect.arrayContaining([
        ['id', 'status', 'manufacturer', 'references', 'you may', 'updated'],
        [created.id, 'forwarded', 'ad-notam', expect.stringMatching(/^TERM-ADN-1, DW-RMA-/), expect.stringContaining('authorize'), expect.any(String)],
      ]),
    );
    expect(await inboxIds()).not.toContain(created.id);

    const unknown = await cli(['act', created.id, 'approve'], adNotam);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no action approve; the actions: cancel, add-info, ship,');
    const notTheirs = await cli(['act', created.id, 'authorize']);
    expect(notTheirs.code).toBe(1);
    expect(notTheirs.stderr).toContain('(403 CLAIM.ACTION_FORBIDDEN)');

    const authorized = await cli(['act', created.id, 'authorize', '--idempotency-key', `authorize-${created.id}`], adNotam);
    expect(authorized.stderr).toBe('');
    expect(authorized.code).toBe(0);
    expect(authorized.stdout).toMatch(/^authorize: the claim is now authorized\./);
    const rows = tableRows(authorized.stdout);
    const rmaNumber = rows.find(([label]) => label === 'manufacturer reference')?.[1];
    expect(rmaNumber).toMatch(/^SI-\d{4}-\d{6}$/);
    expect(rows).toEqual(expect.arrayContaining([['status', 'authorized'], ['reseller reference', 'TERM-ADN-1'], ['1', 'TERM-ADN-1-SN', 'Mirror TV 32"', 'authorized', rmaNumber]]));
    expect(rows).toContainEqual(['you may', expect.stringContaining('receive')]);

    // The same key replays the answer; without it, a second authorization is refused with where the claim stands.
    const replayed = await cli(['act', created.id, 'authorize', '--idempotency-key', `authorize-${created.id}`, '--json'], adNotam);
    expect(replayed.code).toBe(0);
    expect(JSON.parse(replayed.stdout)).toMatchObject({ id: created.id, status: 'authorized', lines: [{ rmaNumber }] });
    const again = await cli(['act', created.id, 'authorize'], adNotam);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('(409 CLAIM.ACTION_NOT_ALLOWED)');
    expect(again.stderr).toContain('the claim is authorized');

    expect(await inboxIds(adNotam)).not.toContain(created.id);
    expect(await inboxIds()).toContain(created.id);
    const shown = await cli(['get', created.id]);
    expect(tableRows(shown.stdout)).toContainEqual(['you may', expect.stringContaining('ship')]);
    const [timeline] = await testHub().query<{ n: number }>("SELECT count(*)::int AS n FROM claim_events WHERE claim_id = $1 AND to_status = 'authorized'", [created.id]);
    expect(timeline!.n).toBe(1);
  });

  it('issues a key with keys create (printed once on stdout), lists it without the key, and revokes it', async () => {
    const asOperator = { RMA_HUB_API_KEY: testHub().keyOf('hub-operator') };
    const created = await cli(['keys', 'create', 'reseller-bravo', 'CLI test'], asOperator);
    expect(created.code).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^rmahub_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toContain('It is shown only now');
    expect((await apiAs(testHub().url, key).get('/v1/claims')).status).toBe(200);

    const listed = await cli(['keys', 'list', '--party', 'reseller-bravo', '--json'], asOperator);
    expect(listed.stdout).not.toContain(key);
    const ours = (JSON.parse(listed.stdout) as { apiKeys: { id: string; label: string; hint: string }[] }).apiKeys.find((entry) => entry.label === 'CLI test')!;
    expect(key.startsWith(ours.hint)).toBe(true);

    const revoked = await cli(['keys', 'revoke', ours.id], asOperator);
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringContaining(`Revoked ${ours.id}`) });
    expect((await apiAs(testHub().url, key).get('/v1/claims')).status).toBe(401);

    const byReseller = await cli(['keys', 'list']);
    expect(byReseller.code).toBe(1);
    expect(byReseller.stderr).toContain('AUTH.OPERATOR_ONLY');
  });
});
