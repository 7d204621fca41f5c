import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Actor, Address, AttachmentView, ClaimEventType, ClaimStatus, ContactView, PartyRole, PolicyRef, QuoteView, ShipmentView, WarrantyVerdictView, type ReturnReason } from '@rma-hub/contracts';
import type { ClaimFieldChanges, ClaimHopState, ClaimLineState, ClaimState, LineChanges } from '@rma-hub/domain';
import type { PrismaTx } from '../prisma';
import type { SqlConnection } from '../sql-connection';

export type ShipmentRecord = ShipmentView;
export type AttachmentRecord = AttachmentView;

/** A line and a hop as stored are exactly what the domain's decision reads. */
export type ClaimLineRecord = ClaimLineState;
export type ClaimHopRecord = ClaimHopState;

/** A claim as stored: the state the domain's decision reads, and what only views show. */
export interface ClaimRecord extends ClaimState {
  attachments: AttachmentRecord[];
  shipment: ShipmentRecord | null;
  returnShipment: ShipmentRecord | null;
  resolution: string | null;
  updatedAt: Date;
  charges: ChargeRecord[];
}

export interface ChargeRecord {
  kind: string;
  amount: number;
  currency: string;
  rule: string;
  policy: PolicyRef;
  reason: string;
  createdAt: Date;
}

/**
 * Everything one decision changes on the claim's own rows, applied by `save` in one go: the
 * status it ends in, fields, lines, hops and references, the timeline and charges, in order.
 */
export interface ClaimChangeSet {
  status?: { to: ClaimStatus; resumeStatus?: ClaimStatus };
  fields?: ClaimFieldChanges;
  lines?: { lineId: string; changes: LineChanges }[];
  hops?: ClaimHopRecord[];
  references?: { partyId: string; reference: string }[];
  events?: NewClaimEvent[];
  charges?: Omit<ChargeRecord, 'createdAt'>[];
}

/** Who is looking: a party sees the claims on its chain; an operator sees every claim. */
export interface Viewer {
  id: string;
  role: PartyRole;
}

const visibleTo = (viewer: Viewer) => (viewer.role === 'operator' ? {} : { hops: { some: { partyId: viewer.id } } });

export interface ClaimListFilter {
  status?: ClaimStatus;
  /** Only claims waiting on the party's move: per capacity, the statuses in which it is that capacity's turn. */
  waitingOn?: WaitingOnFilter;
  reference?: string;
  updatedSince?: Date;
  /** Opaque position from the previous page. */
  after?: { updatedAt: Date; id: string };
  limit: number;
}

export interface WaitingOnFilter {
  asReseller: ClaimStatus[];
  asDistributor: ClaimStatus[];
  /** Claims of these manufacturers (its own, or those it handles as their distributor). */
  asManufacturer: { statuses: ClaimStatus[]; ownClaimsOf: string | null; handledAsDistributorFor: string[] };
}

type SubmittedFacts = 'id' | 'resellerId' | 'manufacturerId' | 'failureDescription' | 'purchaseDate' | 'proofOfPurchase' | 'dealer' | 'supportTicket' | 'deliveredOn' | 'portalAccountId' | 'shipTo' | 'advanceReplacementRequested' | 'contact';

/** A well-formed submission, stored as a `submitted` claim. */
export interface NewClaim extends Pick<ClaimState, SubmittedFacts> {
  resellerReference: string | null;
  returnReason: ReturnReason;
  attachments: AttachmentRecord[];
  lines: Pick<ClaimLineState, 'serial' | 'model' | 'macId' | 'category'>[];
}

export interface NewClaimEvent {
  type: ClaimEventType;
  from: ClaimStatus | null;
  to: ClaimStatus | null;
  actor: Actor;
  reason: string;
  data?: Record<string, unknown>;
}

export interface ClaimEventRecord extends NewClaimEvent {
  seq: number;
  occurredAt: Date;
}

const include = {
  lines: { orderBy: { lineNo: 'asc' } },
  hops: { orderBy: { position: 'asc' } },
  charges: { orderBy: { createdAt: 'asc' } },
} as const;


export class ClaimsRepository {
  constructor(
    private readonly db: PrismaTx,
    private readonly sql: SqlConnection,
  ) {}

  /**
   * Stores a submitted claim with its lines, its reseller hop and the first line of its timeline, in
   * one statement (Prisma's nested create sends one per table); answers it as stored.
   */
  async create(claim: NewClaim): Promise<ClaimRecord> {
    const lines = claim.lines;
    await this.sql.rows`
      WITH stored AS (
        INSERT INTO claims (id, reseller_id, manufacturer_id, status, return_reason, failure_description, purchase_date, proof_of_purchase, dealer, support_ticket,
                            delivered_on, portal_account_id, ship_to, contact, attachments, advance_replacement_requested, created_at, updated_at)
        VALUES (${claim.id}::uuid, ${claim.resellerId}, ${claim.manufacturerId}, 'submitted', ${claim.returnReason}, ${claim.failureDescription}, ${claim.purchaseDate}::date,
                ${claim.proofOfPurchase}, ${claim.dealer}, ${claim.supportTicket}, ${claim.deliveredOn}::date, ${claim.portalAccountId},
                ${claim.shipTo ? JSON.stringify(claim.shipTo) : null}::jsonb, ${JSON.stringify(claim.contact)}::jsonb, ${JSON.stringify(claim.attachments)}::jsonb, ${claim.advanceReplacementRequested},
                clock_timestamp() AT TIME ZONE 'UTC', clock_timestamp() AT TIME ZONE 'UTC')
        RETURNING id
      ), stored_lines AS (
        INSERT INTO claim_lines (id, claim_id, line_no, serial, model, mac_id, category, status)
        SELECT gen_random_uuid(), stored.id, line.line_no, line.serial, line.model, line.mac_id, line.category, 'submitted'
        FROM stored, unnest(${lines.map((l) => l.serial)}::text[], ${lines.map((l) => l.model)}::text[], ${lines.map((l) => l.macId)}::text[], ${lines.map((l) => l.category)}::text[])
               WITH ORDINALITY AS line(serial, model, mac_id, category, line_no)
      ), stored_hop AS (
        INSERT INTO claim_hops (claim_id, party_id, role, position, reference)
        SELECT id, ${claim.resellerId}, 'reseller'::"PartyRole", 0, ${claim.resellerReference} FROM stored
      )
      INSERT INTO claim_events (id, claim_id, seq, type, to_status, actor_role, actor_id, reason, occurred_at)
      SELECT gen_random_uuid(), id, 1, 'status_changed', 'submitted', 'reseller', ${claim.resellerId}, 'claim submitted', clock_timestamp() AT TIME ZONE 'UTC' FROM stored`;
    return (await this.get(claim.id))!;
  }

  /**
   * Creates many submitted claims at once (bulk import), each with its lines, its reseller hop and
   * its first timeline event: one COPY per table, the fastest way to load rows (Prisma's createMany
   * spends ~7× longer building the same rows; INSERT … SELECT FROM unnest through Prisma, ~1.4× here).
   */
  async createMany(claims: NewClaim[], actor: Actor): Promise<void> {
    if (claims.length === 0) return;
    // What `now()` would store in a timestamp(3) column, which COPY cannot compute.
    const [clock] = await this.sql.query<{ now: string }>('SELECT localtimestamp::text AS now', []);
    await this.sql.copyIn(
      'claims',
      ['id', 'reseller_id', 'manufacturer_id', 'status', 'return_reason', 'failure_description', 'purchase_date', 'proof_of_purchase', 'dealer', 'support_ticket', 'delivered_on', 'portal_account_id', 'ship_to', 'contact', 'attachments', 'advance_replacement_requested', 'updated_at'],
      claims.map((c) => [
        c.id, c.resellerId, c.manufacturerId, 'submitted', c.returnReason, c.failureDescription, c.purchaseDate, c.proofOfPurchase, c.dealer, c.supportTicket,
        c.deliveredOn, c.portalAccountId, c.shipTo ? JSON.stringify(c.shipTo) : null, JSON.stringify(c.contact), JSON.stringify(c.attachments), c.advanceReplacementRequested, clock!.now,
      ]),
    );
    await this.sql.copyIn(
      'claim_lines',
      ['id', 'claim_id', 'line_no', 'serial', 'model', 'mac_id', 'category', 'status'],
      claims.flatMap((claim) => claim.lines.map((line, index) => [randomUUID(), claim.id, index + 1, line.serial, line.model, line.macId, line.category, 'submitted'])),
    );
    await this.sql.copyIn('claim_hops', ['claim_id', 'party_id', 'role', 'position', 'reference'], claims.map((c) => [c.id, c.resellerId, 'reseller', 0, c.resellerReference]));
    await this.sql.copyIn(
      'claim_events',
      ['id', 'claim_id', 'seq', 'type', 'to_status', 'actor_role', 'actor_id', 'reason', 'data'],
      claims.map((c) => [randomUUID(), c.id, 1, 'status_changed', 'submitted', actor.role, actor.partyId, 'claim imported in bulk', '{}']),
    );
  }

  /** The party's existing claims among these references of its own, by reference. */
  async idsByReference(partyId: string, references: string[]): Promise<Map<string, string>> {
    if (references.length === 0) return new Map();
    const hops = await this.sql.query<{ reference: string; claimId: string }>(
      'SELECT reference, claim_id AS "claimId" FROM claim_hops WHERE party_id = $1 AND reference = ANY($2::text[])',
      [partyId, references],
    );
    return new Map(hops.map((hop) => [hop.reference, hop.claimId]));
  }

  /** The claim if the viewer may see it; otherwise null, exactly as if it did not exist. */
  async findVisibleTo(claimId: string, viewer: Viewer): Promise<ClaimRecord | null> {
    const rows = await this.sql.query<StoredClaimRow>(`${STORED_CLAIM} AND ($2 OR EXISTS (SELECT 1 FROM claim_hops v WHERE v.claim_id = c.id AND v.party_id = $3))`, [claimId, viewer.role === 'operator', viewer.id], { fixed: true });
    return rows[0] ? toClaim(fromStored(rows[0])) : null;
  }

  /** Reads the claim without locking it (for readers that change nothing on it). */
  async get(claimId: string): Promise<ClaimRecord | null> {
    const rows = await this.sql.query<StoredClaimRow>(STORED_CLAIM, [claimId], { fixed: true });
    return rows[0] ? toClaim(fromStored(rows[0])) : null;
  }

  /** Takes the claim's row lock for this transaction without reading it: what another writer of the claim must wait for. */
  async lockRow(claimId: string): Promise<void> {
    await this.sql.rows`SELECT 1 FROM claims WHERE id = ${claimId}::uuid FOR UPDATE`;
  }

  /** Reads the claim and locks its row until the transaction ends, serialising concurrent transitions. */
  async lock(claimId: string): Promise<ClaimRecord | null> {
    const rows = await this.sql.query<StoredClaimRow>(`${STORED_CLAIM} FOR UPDATE OF c`, [claimId], { fixed: true });
    return rows[0] ? toClaim(fromStored(rows[0])) : null;
  }

  async statusOf(claimId: string): Promise<ClaimStatus | null> {
    const row = await this.db.claim.findUnique({ where: { id: claimId }, select: { status: true } });
    return row && ClaimStatus.parse(row.status);
  }

  /** The claim and lines an upstream RMA number covers (one line per RMA, or several where a portal takes many devices). */
  async findByUpstreamRma(manufacturerId: string, rmaNumber: string): Promise<{ claimId: string; lineIds: string[] } | null> {
    const lines = await this.db.claimLine.findMany({
      where: { upstreamRma: rmaNumber, claim: { manufacturerId } },
      select: { id: true, claimId: true },
    });
    const [first] = lines;
    return first ? { claimId: first.claimId, lineIds: lines.filter((line) => line.claimId === first.claimId).map((line) => line.id) } : null;
  }

  /**
   * Applies one decision's changes to the claim's rows in one statement; the caller holds the claim
   * lock, so the timeline's next positions are its own. Changed fields go in as JSON over the stored
   * row (jsonb_populate_record), so one prepared statement serves every decision.
   */
  async save(claimId: string, change: ClaimChangeSet): Promise<void> {
    const { lines = [], hops = [], references = [], events = [], charges = [] } = change;
    const patch = snakeCased({
      ...change.fields,
      ...(change.status ? { status: change.status.to, ...(change.status.resumeStatus ? { resumeStatus: change.status.resumeStatus } : {}) } : {}),
    });
    const touched = Object.keys(patch).length > 0 || events.length > 0;
    const lineChanges = [...Map.groupBy(lines, (line) => line.lineId)].map(([lineId, changes]) => ({ lineId, patch: snakeCased(Object.assign({}, ...changes.map((line) => line.changes))) }));
    // A reference for a hop this decision adds goes on the new row: the statement's parts see the rows as they were.
    const newHops = hops.map((hop) => ({ ...hop, reference: references.findLast((entry) => entry.partyId === hop.partyId)?.reference ?? hop.reference }));
    const changedReferences = [...new Map(references.filter((entry) => !hops.some((hop) => hop.partyId === entry.partyId)).map((entry) => [entry.partyId, entry.reference]))];
    const column = <T, V>(items: T[], pick: (item: T) => V) => items.map(pick);
    await this.sql.rows`
      WITH claim AS (
        UPDATE claims c SET (distributor_id, status, resume_status, warranty, shipment, return_shipment, resolution, quote, purchase_date, delivered_on,
                             proof_of_purchase, dealer, support_ticket, portal_account_id, ship_to, contact, updated_at)
          = (SELECT p.distributor_id, p.status, p.resume_status, p.warranty, p.shipment, p.return_shipment, p.resolution, p.quote, p.purchase_date, p.delivered_on,
                    p.proof_of_purchase, p.dealer, p.support_ticket, p.portal_account_id, p.ship_to, p.contact, clock_timestamp() AT TIME ZONE 'UTC'
             FROM jsonb_populate_record(c, ${JSON.stringify(patch)}::jsonb) AS p)
        WHERE c.id = ${claimId}::uuid AND ${touched}::boolean
      ), changed_lines AS (
        UPDATE claim_lines l SET (status, upstream_rma, outcome, replacement_serial, mac_id, category, warranty_ends_on)
          = (SELECT p.status, p.upstream_rma, p.outcome, p.replacement_serial, p.mac_id, p.category, p.warranty_ends_on FROM jsonb_populate_record(l, v.patch) AS p)
        FROM unnest(${column(lineChanges, (line) => line.lineId)}::uuid[], ${column(lineChanges, (line) => JSON.stringify(line.patch))}::jsonb[]) AS v(id, patch)
        WHERE l.id = v.id AND l.claim_id = ${claimId}::uuid
      ), added_hops AS (
        INSERT INTO claim_hops (claim_id, party_id, role, position, reference)
        SELECT ${claimId}::uuid, h.party_id, h.role::"PartyRole", h.position, h.reference
        FROM unnest(${column(newHops, (hop) => hop.partyId)}::text[], ${column(newHops, (hop) => hop.role)}::text[], ${column(newHops, (hop) => hop.position)}::int[],
                    ${column(newHops, (hop) => hop.reference)}::text[]) AS h(party_id, role, position, reference)
      ), changed_references AS (
        UPDATE claim_hops h SET reference = r.reference
        FROM unnest(${column(changedReferences, ([partyId]) => partyId)}::text[], ${column(changedReferences, ([, reference]) => reference)}::text[]) AS r(party_id, reference)
        WHERE h.claim_id = ${claimId}::uuid AND h.party_id = r.party_id
      ), added_charges AS (
        INSERT INTO claim_charges (id, claim_id, kind, amount, currency, rule, policy, reason, created_at)
        SELECT gen_random_uuid(), ${claimId}::uuid, ch.kind, ch.amount, ch.currency, ch.rule, ch.policy, ch.reason, clock_timestamp() AT TIME ZONE 'UTC'
        FROM unnest(${column(charges, (charge) => charge.kind)}::text[], ${column(charges, (charge) => charge.amount)}::numeric[], ${column(charges, (charge) => charge.currency)}::text[],
                    ${column(charges, (charge) => charge.rule)}::text[], ${column(charges, (charge) => JSON.stringify(charge.policy))}::jsonb[], ${column(charges, (charge) => charge.reason)}::text[])
               WITH ORDINALITY AS ch(kind, amount, currency, rule, policy, reason, position)
        ORDER BY ch.position
      )
      INSERT INTO claim_events (id, claim_id, seq, type, from_status, to_status, actor_role, actor_id, acted_by, reason, data, occurred_at)
      SELECT gen_random_uuid(), ${claimId}::uuid, last.seq + e.position, e.type, e.from_status, e.to_status, e.actor_role, e.actor_id, e.acted_by, e.reason, e.data::jsonb,
             clock_timestamp() AT TIME ZONE 'UTC'
      FROM (SELECT coalesce(max(seq), 0) AS seq FROM claim_events WHERE claim_id = ${claimId}::uuid) AS last,
           unnest(${column(events, (e) => e.type)}::text[], ${column(events, (e) => e.from)}::text[], ${column(events, (e) => e.to)}::text[], ${column(events, (e) => e.actor.role)}::text[],
                  ${column(events, (e) => e.actor.partyId)}::text[], ${column(events, (e) => e.actor.actedBy ?? null)}::text[], ${column(events, (e) => e.reason)}::text[],
                  ${column(events, (e) => JSON.stringify(e.data ?? {}))}::text[])
             WITH ORDINALITY AS e(type, from_status, to_status, actor_role, actor_id, acted_by, reason, data, position)`;
  }

  /** The claim holding a party's reference or an RMA number of this manufacturer on a line, other than `exceptClaimId`. */
  async holderOfReference(manufacturerId: string, reference: string, exceptClaimId: string): Promise<string | null> {
    const [holder] = await this.sql.rows<{ claimId: string }>`
      SELECT claim_id AS "claimId" FROM claim_hops WHERE party_id = ${manufacturerId} AND reference = ${reference} AND claim_id <> ${exceptClaimId}::uuid
      UNION ALL
      SELECT l.claim_id FROM claim_lines l JOIN claims c ON c.id = l.claim_id
      WHERE l.upstream_rma = ${reference} AND c.manufacturer_id = ${manufacturerId} AND l.claim_id <> ${exceptClaimId}::uuid
      LIMIT 1`;
    return holder?.claimId ?? null;
  }

  /** Claims the viewer sees, most recently updated first, one page at a time. */
  async listVisibleTo(viewer: Viewer, filter: ClaimListFilter): Promise<ClaimRecord[]> {
    const rows = await this.db.claim.findMany({
      where: {
        ...visibleTo(viewer),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.updatedSince ? { updatedAt: { gte: filter.updatedSince } } : {}),
        AND: [
          filter.reference ? { OR: [{ hops: { some: { reference: filter.reference } } }, { lines: { some: { upstreamRma: filter.reference } } }] } : {},
          filter.waitingOn ? { OR: waitingOnConditions(viewer.id, filter.waitingOn) } : {},
          filter.after ? { OR: [{ updatedAt: { lt: filter.after.updatedAt } }, { updatedAt: filter.after.updatedAt, id: { lt: filter.after.id } }] } : {},
        ],
      },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: filter.limit,
      include,
    });
    return rows.map((row) => toClaim(fromPrisma(row)));
  }

  /** Every claim line for a serial, or for a unit that replaced it, on claims the viewer sees. */
  async serialHistory(
    viewer: Viewer,
    serial: string,
    page: { after?: { openedAt: Date; lineId: string }; limit: number },
  ): Promise<(ClaimLineRecord & { claimId: string; claimStatus: ClaimStatus; createdAt: Date; manufacturerId: string })[]> {
    const { after } = page;
    const rows = await this.db.claimLine.findMany({
      where: {
        OR: [{ serial }, { replacementSerial: serial }],
        claim: visibleTo(viewer),
        AND: after ? [{ OR: [{ claim: { createdAt: { gt: after.openedAt } } }, { claim: { createdAt: after.openedAt }, id: { gt: after.lineId } }] }] : [],
      },
      include: { claim: { select: { status: true, createdAt: true, manufacturerId: true } } },
      orderBy: [{ claim: { createdAt: 'asc' } }, { id: 'asc' }],
      take: page.limit,
    });
    return rows.map(({ claim, ...line }) => ({
      ...toLine({ ...line, warrantyEndsOn: dateOnly(line.warrantyEndsOn) }),
      claimId: line.claimId,
      claimStatus: ClaimStatus.parse(claim.status),
      createdAt: claim.createdAt,
      manufacturerId: claim.manufacturerId,
    }));
  }

  /** The timeline, oldest first; a page of it when `after` (a seq) and `limit` are given. */
  async events(claimId: string, page: { after?: number; limit?: number } = {}): Promise<ClaimEventRecord[]> {
    const rows = await this.db.claimEvent.findMany({
      where: { claimId, ...(page.after ? { seq: { gt: page.after } } : {}) },
      orderBy: { seq: 'asc' },
      ...(page.limit ? { take: page.limit } : {}),
    });
    return rows.map((row) => ({
      seq: row.seq,
      type: ClaimEventType.parse(row.type),
      from: row.fromStatus === null ? null : ClaimStatus.parse(row.fromStatus),
      to: row.toStatus === null ? null : ClaimStatus.parse(row.toStatus),
      actor: Actor.parse({ role: row.actorRole, partyId: row.actorId, ...(row.actedBy ? { actedBy: row.actedBy } : {}) }),
      reason: row.reason,
      data: z.record(z.string(), z.unknown()).parse(row.data),
      occurredAt: row.occurredAt,
    }));
  }
}

/**
 * A claim with its lines, hops and charges in one row, the nested rows built as JSON by PostgreSQL
 * (a statement of its own, not Prisma's: the claim is read on every decision). Times come as UTC
 * instants, dates as 'YYYY-MM-DD'.
 */
const STORED_CLAIM = `
  SELECT c.id, c.reseller_id AS "resellerId", c.manufacturer_id AS "manufacturerId", c.distributor_id AS "distributorId", c.status, c.return_reason AS "returnReason",
         c.failure_description AS "failureDescription", c.purchase_date::text AS "purchaseDate", c.proof_of_purchase AS "proofOfPurchase", c.dealer,
         c.support_ticket AS "supportTicket", c.delivered_on::text AS "deliveredOn", c.portal_account_id AS "portalAccountId", c.ship_to AS "shipTo", c.contact, c.attachments,
         c.resume_status AS "resumeStatus", c.warranty, c.shipment, c.return_shipment AS "returnShipment", c.quote, c.resolution,
         c.advance_replacement_requested AS "advanceReplacementRequested", c.created_at AT TIME ZONE 'UTC' AS "createdAt", c.updated_at AT TIME ZONE 'UTC' AS "updatedAt",
         coalesce((SELECT json_agg(json_build_object('id', l.id, 'lineNo', l.line_no, 'serial', l.serial, 'model', l.model, 'macId', l.mac_id, 'category', l.category,
                                                     'status', l.status, 'upstreamRma', l.upstream_rma, 'outcome', l.outcome, 'replacementSerial', l.replacement_serial,
                                                     'warrantyEndsOn', l.warranty_ends_on::text) ORDER BY l.line_no)
                   FROM claim_lines l WHERE l.claim_id = c.id), '[]') AS lines,
         coalesce((SELECT json_agg(json_build_object('partyId', h.party_id, 'role', h.role, 'position', h.position, 'reference', h.reference) ORDER BY h.position)
                   FROM claim_hops h WHERE h.claim_id = c.id), '[]') AS hops,
         coalesce((SELECT json_agg(json_build_object('kind', ch.kind, 'amount', ch.amount, 'currency', ch.currency, 'rule', ch.rule, 'policy', ch.policy, 'reason', ch.reason,
                                                     'createdAt', ch.created_at AT TIME ZONE 'UTC') ORDER BY ch.created_at)
                   FROM claim_charges ch WHERE ch.claim_id = c.id), '[]') AS charges
  FROM claims c WHERE c.id = $1::uuid`;

/** A claim row in one shape, whichever way it was read. */
type ClaimRow = Omit<NonNullable<Awaited<ReturnType<PrismaTx['claim']['findFirst']>>>, 'purchaseDate' | 'deliveredOn'> & {
  purchaseDate: string | null;
  deliveredOn: string | null;
  lines: LineRow[];
  hops: { partyId: string; role: string; position: number; reference: string | null }[];
  charges: { kind: string; amount: number; currency: string; rule: string; policy: unknown; reason: string; createdAt: Date }[];
};
type LineRow = Omit<ClaimLineRecord, 'status'> & { status: string };

/** As STORED_CLAIM answers it: JSON has no instants, so a charge's time comes as text. */
type StoredClaimRow = Omit<ClaimRow, 'charges'> & { charges: (Omit<ClaimRow['charges'][number], 'createdAt'> & { createdAt: string })[] };

const fromStored = (row: StoredClaimRow): ClaimRow => ({ ...row, charges: row.charges.map((charge) => ({ ...charge, createdAt: new Date(charge.createdAt) })) });

type PrismaClaimRow = NonNullable<Awaited<ReturnType<PrismaTx['claim']['findFirst']>>> & {
  lines: (Omit<LineRow, 'warrantyEndsOn'> & { warrantyEndsOn: Date | null })[];
  hops: ClaimRow['hops'];
  charges: (Omit<ClaimRow['charges'][number], 'amount'> & { amount: { toNumber(): number } })[];
};

const dateOnly = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

const fromPrisma = (row: PrismaClaimRow): ClaimRow => ({
  ...row,
  purchaseDate: dateOnly(row.purchaseDate),
  deliveredOn: dateOnly(row.deliveredOn),
  lines: row.lines.map((line) => ({ ...line, warrantyEndsOn: dateOnly(line.warrantyEndsOn) })),
  charges: row.charges.map((charge) => ({ ...charge, amount: charge.amount.toNumber() })),
});

/** Changed fields as a row patch: the columns' names, without the fields left unchanged. */
function snakeCased(fields: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined).map(([key, value]) => [key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`), value]));
}

function toLine(line: LineRow): ClaimLineRecord {
  return {
    id: line.id,
    lineNo: line.lineNo,
    serial: line.serial,
    model: line.model,
    macId: line.macId,
    category: line.category,
    status: ClaimStatus.parse(line.status),
    upstreamRma: line.upstreamRma,
    outcome: line.outcome,
    replacementSerial: line.replacementSerial,
    warrantyEndsOn: line.warrantyEndsOn,
  };
}

const Attachments = z.array(AttachmentView);

/** Rows back into records; JSON columns are re-validated, so a bad row fails loudly here. */
function toClaim(row: ClaimRow): ClaimRecord {
  return {
    id: row.id,
    resellerId: row.resellerId,
    manufacturerId: row.manufacturerId,
    distributorId: row.distributorId,
    status: ClaimStatus.parse(row.status),
    returnReason: row.returnReason,
    failureDescription: row.failureDescription,
    purchaseDate: row.purchaseDate,
    proofOfPurchase: row.proofOfPurchase,
    dealer: row.dealer,
    supportTicket: row.supportTicket,
    deliveredOn: row.deliveredOn,
    portalAccountId: row.portalAccountId,
    shipTo: row.shipTo === null ? null : Address.parse(row.shipTo),
    contact: ContactView.parse(row.contact),
    attachments: Attachments.parse(row.attachments),
    resumeStatus: row.resumeStatus === null ? null : ClaimStatus.parse(row.resumeStatus),
    warranty: row.warranty === null ? null : WarrantyVerdictView.parse(row.warranty),
    shipment: row.shipment === null ? null : ShipmentView.parse(row.shipment),
    returnShipment: row.returnShipment === null ? null : ShipmentView.parse(row.returnShipment),
    quote: row.quote === null ? null : QuoteView.parse(row.quote),
    resolution: row.resolution,
    advanceReplacementRequested: row.advanceReplacementRequested,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lines: row.lines.map(toLine),
    hops: row.hops.map((hop) => ({ ...hop, role: PartyRole.parse(hop.role) })),
    charges: row.charges.map((charge) => ({ ...charge, policy: PolicyRef.parse(charge.policy) })),
  };
}

/** Per capacity, the claims whose status waits on that capacity's move (see WAITING_ON in the domain). */
function waitingOnConditions(partyId: string, waiting: WaitingOnFilter) {
  const { statuses, ownClaimsOf, handledAsDistributorFor } = waiting.asManufacturer;
  return [
    { resellerId: partyId, status: { in: waiting.asReseller } },
    { distributorId: partyId, status: { in: waiting.asDistributor } },
    ...(ownClaimsOf ? [{ manufacturerId: ownClaimsOf, status: { in: statuses } }] : []),
    ...(handledAsDistributorFor.length > 0 ? [{ distributorId: partyId, manufacturerId: { in: handledAsDistributorFor }, status: { in: statuses } }] : []),
  ];
}
