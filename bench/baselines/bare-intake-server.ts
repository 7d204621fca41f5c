import { createHash, randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { CLAIM_SUBMITTED } from '@rma-hub/contracts';

/**
 * The floor of single-claim intake, run as its own process by bare-intake.ts: Fastify and pg, no
 * framework, no validation, no authentication, doing what the hub's POST /v1/claims stores, in
 * one transaction: the Idempotency-Key's lock and look-up, the claim, its line, its reseller hop,
 * its first timeline event, the outbox row announcing it, and the key's record.
 */
const RESELLER = process.env.BARE_RESELLER_ID!;
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const app = Fastify({ logger: false });

interface ClaimBody {
  reference: string;
  manufacturer: string;
  returnReason: string;
  failureDescription: string;
  purchaseDate: string;
  proofOfPurchase: string;
  dealer: string;
  supportTicket: string;
  contact: object;
  lines: { serial: string; model: string; macId?: string }[];
}

app.get('/readyz', async () => ({ ready: true }));

app.post<{ Body: ClaimBody }>('/v1/claims', async (request, reply) => {
  const claim = request.body;
  const key = String(request.headers['idempotency-key']);
  const id = randomUUID();
  const requestHash = createHash('sha256').update(`POST /v1/claims\n${JSON.stringify(claim)}`).digest('hex');
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${RESELLER}\n${key}`]);
    const { rows: stored } = await client.query('SELECT status_code, response FROM idempotency_records WHERE party_id = $1 AND key = $2', [RESELLER, key]);
    if (stored.length > 0) {
      await client.query('COMMIT');
      return reply.code(stored[0].status_code).send(stored[0].response);
    }
    const { rows } = await client.query(
      `INSERT INTO claims (id, reseller_id, manufacturer_id, status, return_reason, failure_description, purchase_date, proof_of_purchase, dealer, support_ticket, contact, updated_at)
       VALUES ($1, $2, $3, 'submitted', $4, $5, $6, $7, $8, $9, $10, now()) RETURNING created_at`,
      [id, RESELLER, claim.manufacturer, claim.returnReason, claim.failureDescription, claim.purchaseDate, claim.proofOfPurchase, claim.dealer, claim.supportTicket, JSON.stringify(claim.contact)],
    );
    for (const [index, line] of claim.lines.entries()) {
      await client.query("INSERT INTO claim_lines (id, claim_id, line_no, serial, model, mac_id, status) VALUES ($1, $2, $3, $4, $5, $6, 'submitted')", [
        randomUUID(),
        id,
        index + 1,
        line.serial,
        line.model,
        line.macId ?? null,
      ]);
    }
    await client.query("INSERT INTO claim_hops (claim_id, party_id, role, position, reference) VALUES ($1, $2, 'reseller', 0, $3)", [id, RESELLER, claim.reference]);
    await client.query(
      "INSERT INTO claim_events (id, claim_id, seq, type, to_status, actor_role, actor_id, reason) VALUES ($1, $2, 1, 'status_changed', 'submitted', 'reseller', $3, 'claim submitted')",
      [randomUUID(), id, RESELLER],
    );
    const submittedAt = (rows[0].created_at as Date).toISOString();
    await client.query('INSERT INTO outbox_messages (id, topic, key, payload) VALUES ($1, $2, $3, $4)', [
      randomUUID(),
      CLAIM_SUBMITTED,
      id,
      JSON.stringify({ claimId: id, resellerId: RESELLER, manufacturerId: claim.manufacturer, submittedAt }),
    ]);
    const answer = { id, status: 'submitted', reference: claim.reference, submittedAt, lines: claim.lines };
    await client.query('INSERT INTO idempotency_records (party_id, key, request_hash, status_code, response) VALUES ($1, $2, $3, 201, $4)', [
      RESELLER,
      key,
      requestHash,
      JSON.stringify(answer),
    ]);
    await client.query('COMMIT');
    return reply.code(201).send(answer);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
});

void app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.once('SIGTERM', () => void app.close().then(() => pool.end()));
