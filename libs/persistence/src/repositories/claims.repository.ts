import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Actor, Address, ClaimEventType, ClaimStatus, ContactView, PartyRole, PolicyRef, QuoteView, ShipmentView, WarrantyVerdictView, type ReturnReason } from '@rma-hub/contracts';
import type { ClaimFieldChanges, ClaimHopState, ClaimLineState, ClaimState, LineChanges } from '@rma-hub/domain';
import type { PrismaTx } from '../prisma';
import type { SqlConnection } from '../sql-connection';

export type ShipmentRecord = ShipmentView;

/** A line and a hop as stored are exactly what the domain's decision reads. */
export type ClaimLineRecord = ClaimLineState;
export type ClaimHopRecord = ClaimHopState;

/** A claim as stored: the state the domain's decision reads, and what only views show. */
export interface ClaimRecord extends ClaimState {
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

/** A plain object as a JSON column value. */
const json = (value: object): object => value;

const asDate = (date: string | null | undefined) => (date ? new Date(`${date}T00:00:00Z`) : date === null ? null : undefined);

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
                            delivered_on, portal_account_id, ship_to, contact, advance_replacement_requested, created_at, updated_at)
        VALUES (${claim.id}::uuid, ${claim.resellerId}, ${claim.manufacturerId}, 'submitted', ${claim.returnReason}, ${claim.failureDescription}, ${claim.purchaseDate}::date,
                ${claim.proofOfPurchase}, ${claim.dealer}, ${claim.supportTicket}, ${claim.deliveredOn}::date, ${claim.portalAccountId},
                ${claim.shipTo ? JSON.stringify(claim.shipTo) : null}::jsonb, ${JSON.stringify(claim.contact)}::jsonb, ${claim.advanceReplacementRequested},
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
      ['id', 'reseller_id', 'manufacturer_id', 'status', 'return_reason', 'failure_description', 'purchase_date', 'proof_of_purchase', 'dealer', 'support_ticket', 'delivered_on', 'portal_account_id', 'ship_to', 'contact', 'advance_replacement_requested', 'updated_at'],
      claims.map((c) => [
        c.id, c.resellerId, c.manufacturerId, 'submitted', c.returnReason, c.failureDescription, c.purchaseDate, c.proofOfPurchase, c.dealer, c.supportTicket,
        c.deliveredOn, c.portalAccountId, c.shipTo ? JSON.stringify(c.shipTo) : null, JSON.stringify(c.contact), c.advanceReplacementRequested, clock!.now,
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
    const row = await this.db.claim.findFirst({ where: { id: claimId, ...visibleTo(viewer) }, include });
    return row && toClaim(row);
  }

  /** Reads the claim without locking it (for readers that change nothing on it). */
  async get(claimId: string): Promise<ClaimRecord | null> {
    const row = await this.db.claim.findUnique({ where: { id: claimId }, include });
    return row && toClaim(row);
  }

  /** Reads the claim and locks its row until the transaction ends, serialising concurrent transitions. */
  /** Takes the claim's row lock for this transaction without reading it: what another writer of the claim must wait for. */
  async lockRow(claimId: string): Promise<void> {
    await this.sql.rows`SELECT 1 FROM claims WHERE id = ${claimId}::uuid FOR UPDATE`;
  }

  async lock(claimId: string): Promise<ClaimRecord | null> {
    await this.lockRow(claimId);
    const row = await this.db.claim.findUnique({ where: { id: claimId }, include });
    return row && toClaim(row);
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

  /** Applies one decision's changes to the claim's rows; the caller holds the claim lock, so the timeline's next positions are its own. */
  async save(claimId: string, change: ClaimChangeSet): Promise<void> {
    const { lines = [], hops = [], references = [], events = [], charges = [] } = change;
    const { purchaseDate, deliveredOn, warranty, shipment, returnShipment, quote, shipTo, contact, ...fields } = change.fields ?? {};
    const data = {
      ...fields,
      ...(change.status ? { status: change.status.to, ...(change.status.resumeStatus ? { resumeStatus: change.status.resumeStatus } : {}) } : {}),
      ...(purchaseDate ? { purchaseDate: asDate(purchaseDate) } : {}),
      ...(deliveredOn ? { deliveredOn: asDate(deliveredOn) } : {}),
      ...(warranty ? { warranty: json(warranty) } : {}),
      ...(shipment ? { shipment: json(shipment) } : {}),
      ...(returnShipment ? { returnShipment: json(returnShipment) } : {}),
      ...(quote ? { quote: json(quote) } : {}),
      ...(shipTo ? { shipTo: json(shipTo) } : {}),
      ...(contact ? { contact: json(contact) } : {}),
    };
    if (Object.keys(data).length > 0 || events.length > 0) await this.db.claim.update({ where: { id: claimId }, data });
    for (const { lineId, changes } of lines) {
      const { warrantyEndsOn, ...lineFields } = changes;
      await this.db.claimLine.update({ where: { id: lineId, claimId }, data: { ...lineFields, ...(warrantyEndsOn ? { warrantyEndsOn: asDate(warrantyEndsOn) } : {}) } });
    }
    for (const hop of hops) {
      await this.sql.rows`
        INSERT INTO claim_hops (claim_id, party_id, role, position, reference)
        VALUES (${claimId}::uuid, ${hop.partyId}, ${hop.role}::"PartyRole", ${hop.position}, ${hop.reference})`;
    }
    for (const { partyId, reference } of references) {
      await this.sql.rows`UPDATE claim_hops SET reference = ${reference} WHERE claim_id = ${claimId}::uuid AND party_id = ${partyId}`;
    }
    if (events.length > 0) await this.appendEvents(claimId, events);
    for (const charge of charges) await this.db.claimCharge.create({ data: { claimId, ...charge } });
  }

  /** The claim holding a party's reference or an RMA number of this manufacturer on a line, other than `exceptClaimId`. */
  async holderOfReference(manufacturerId: string, reference: string, exceptClaimId: string): Promise<string | null> {
    const hop = await this.db.claimHop.findFirst({ where: { partyId: manufacturerId, reference, NOT: { claimId: exceptClaimId } }, select: { claimId: true } });
    if (hop) return hop.claimId;
    const line = await this.db.claimLine.findFirst({ where: { upstreamRma: reference, claim: { manufacturerId }, NOT: { claimId: exceptClaimId } }, select: { claimId: true } });
    return line?.claimId ?? null;
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
    return rows.map(toClaim);
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
      ...toLine(line),
      claimId: line.claimId,
      claimStatus: ClaimStatus.parse(claim.status),
      createdAt: claim.createdAt,
      manufacturerId: claim.manufacturerId,
    }));
  }

  /** Appends to the timeline; callers hold the claim lock, so the next sequence number is theirs. */
  /** Appends the events after the timeline's last position, in one statement, each stamped with the moment it is written (UTC, as Prisma stores dates). */
  private async appendEvents(claimId: string, events: NewClaimEvent[]): Promise<void> {
    const column = <T>(pick: (event: NewClaimEvent) => T) => events.map(pick);
    await this.sql.rows`
      INSERT INTO claim_events (id, claim_id, seq, type, from_status, to_status, actor_role, actor_id, acted_by, reason, data, occurred_at)
      SELECT gen_random_uuid(), ${claimId}::uuid, last.seq + e.position, e.type, e.from_status, e.to_status, e.actor_role, e.actor_id, e.acted_by, e.reason, e.data::jsonb,
             clock_timestamp() AT TIME ZONE 'UTC'
      FROM (SELECT coalesce(max(seq), 0) AS seq FROM claim_events WHERE claim_id = ${claimId}::uuid) AS last,
           unnest(${column((e) => e.type)}::text[], ${column((e) => e.from)}::text[], ${column((e) => e.to)}::text[], ${column((e) => e.actor.role)}::text[],
                  ${column((e) => e.actor.partyId)}::text[], ${column((e) => e.actor.actedBy ?? null)}::text[], ${column((e) => e.reason)}::text[],
                  ${column((e) => JSON.stringify(e.data ?? {}))}::text[])
             WITH ORDINALITY AS e(type, from_status, to_status, actor_role, actor_id, acted_by, reason, data, position)`;
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

type LineRow = Omit<ClaimLineRecord, 'status' | 'warrantyEndsOn'> & { status: string; warrantyEndsOn: Date | null };

type ClaimRow = NonNullable<Awaited<ReturnType<PrismaTx['claim']['findFirst']>>> & {
  lines: LineRow[];
  hops: { partyId: string; role: string; position: number; reference: string | null }[];
  charges: { kind: string; amount: { toNumber(): number }; currency: string; rule: string; policy: unknown; reason: string; createdAt: Date }[];
};

const dateOnly = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

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
    warrantyEndsOn: dateOnly(line.warrantyEndsOn),
  };
}

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
    purchaseDate: dateOnly(row.purchaseDate),
    proofOfPurchase: row.proofOfPurchase,
    dealer: row.dealer,
    supportTicket: row.supportTicket,
    deliveredOn: dateOnly(row.deliveredOn),
    portalAccountId: row.portalAccountId,
    shipTo: row.shipTo === null ? null : Address.parse(row.shipTo),
    contact: ContactView.parse(row.contact),
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
    charges: row.charges.map((charge) => ({ ...charge, amount: charge.amount.toNumber(), policy: PolicyRef.parse(charge.policy) })),
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
