import { Client } from 'pg';

/** The parties of the generated chain: three resellers, two distributors, four manufacturers. */
const PARTIES = [
  ...[0, 1, 2].map((n) => [`bench-reseller-${n}`, 'reseller']),
  ...[0, 1].map((n) => [`bench-distri-${n}`, 'distributor']),
  ...[0, 1, 2, 3].map((n) => [`bench-maker-${n}`, 'manufacturer']),
] as const;

/** The journey every generated claim takes, one status_changed event each, 1 to 47 hours after the previous one. */
const JOURNEY = ['submitted', 'forwarded', 'authorized', 'in_transit', 'received', 'resolved', 'closed'];

/**
 * Fills an empty, migrated database with `claims` closed claims generated in SQL: each with its
 * reseller, distributor and manufacturer hops, one line (five models, one in ten no fault found), a
 * timeline of seven status changes spread over days, and an admin fee on one in ten. Deterministic,
 * so runs compare.
 */
export async function generateAnalyticsData(url: string, claims: number): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO parties (id, name, role, reference_prefix) SELECT p.id, p.id, p.role::"PartyRole", upper(p.id) FROM unnest($1::text[], $2::text[]) AS p(id, role)`,
      [PARTIES.map(([id]) => id), PARTIES.map(([, role]) => role)],
    );
    await client.query(
      `INSERT INTO claims (id, reseller_id, manufacturer_id, distributor_id, status, return_reason, failure_description, contact, created_at, updated_at)
       SELECT md5('claim' || i)::uuid, 'bench-reseller-' || i % 3, 'bench-maker-' || i % 4, 'bench-distri-' || i % 2, 'closed', 'defective', 'generated',
              '{"name": "Bench", "email": "bench@example.com"}', timestamp '2026-01-01' + (i % 330) * interval '1 day', timestamp '2026-01-01' + (i % 330) * interval '1 day'
       FROM generate_series(1, $1::int) AS i`,
      [claims],
    );
    await client.query(
      `INSERT INTO claim_hops (claim_id, party_id, role, position)
       SELECT c.id, hop.party_id, hop.role::"PartyRole", hop.position
       FROM claims c CROSS JOIN LATERAL (VALUES (c.reseller_id, 'reseller', 0), (c.distributor_id, 'distributor', 1), (c.manufacturer_id, 'manufacturer', 2)) AS hop(party_id, role, position)`,
    );
    await client.query(
      `INSERT INTO claim_lines (id, claim_id, line_no, serial, model, status, outcome)
       SELECT md5('line' || i)::uuid, md5('claim' || i)::uuid, 1, 'SN' || i, 'MODEL-' || i % 5, 'closed', CASE WHEN i % 10 = 0 THEN 'no_fault_found' ELSE 'repaired' END
       FROM generate_series(1, $1::int) AS i`,
      [claims],
    );
    await client.query(
      `INSERT INTO claim_events (id, claim_id, seq, type, from_status, to_status, actor_role, reason, occurred_at)
       SELECT gen_random_uuid(), md5('claim' || i)::uuid, step.seq, 'status_changed', ($3::text[])[step.seq], step.status, 'hub', 'generated',
              timestamp '2026-01-01' + (i % 330) * interval '1 day' + interval '1 hour' * coalesce(held.hours, 0)
       FROM generate_series(1, $1::int) AS i, unnest($2::text[]) WITH ORDINALITY AS step(status, seq),
            LATERAL (SELECT sum(1 + (i * k) % 47) AS hours FROM generate_series(1, step.seq - 1) AS k) AS held`,
      [claims, JOURNEY, [null, ...JOURNEY]],
    );
    await client.query(
      `INSERT INTO claim_charges (id, claim_id, kind, amount, currency, rule, policy, reason, created_at)
       SELECT gen_random_uuid(), md5('claim' || i)::uuid, 'admin_fee', 75, 'EUR', 'admin_fee', '{"manufacturerId": "bench", "version": 1}', 'generated', now()
       FROM generate_series(10, $1::int, 10) AS i`,
      [claims],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
