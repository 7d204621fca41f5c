import { z } from 'zod';
import { Actor, ClaimStatus, PartyRole, type ClaimContact, type ReturnReason } from '@rma-hub/contracts';
import type { PrismaTx } from '../prisma';

const Contact = z.object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional() });

export interface ClaimLineRecord {
  id: string;
  lineNo: number;
  serial: string;
  model: string;
  macId: string | null;
  status: ClaimStatus;
  upstreamRma: string | null;
}

export interface ClaimHopRecord {
  partyId: string;
  role: PartyRole;
  position: number;
  reference: string | null;
}

export interface ClaimRecord {
  id: string;
  resellerId: string;
  manufacturerId: string;
  distributorId: string | null;
  status: ClaimStatus;
  returnReason: string;
  failureDescription: string;
  purchaseDate: string | null;
  proofOfPurchase: string | null;
  dealer: string | null;
  supportTicket: string | null;
  contact: ClaimContact;
  createdAt: Date;
  updatedAt: Date;
  lines: ClaimLineRecord[];
  hops: ClaimHopRecord[];
}

export interface NewClaim {
  id: string;
  resellerId: string;
  resellerReference: string | null;
  manufacturerId: string;
  returnReason: ReturnReason;
  failureDescription: string;
  purchaseDate: string | null;
  proofOfPurchase: string | null;
  dealer: string | null;
  supportTicket: string | null;
  contact: ClaimContact;
  lines: { serial: string; model: string; macId: string | null }[];
}

export interface NewClaimEvent {
  type: 'status_changed' | 'reference_assigned';
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

const include = { lines: { orderBy: { lineNo: 'asc' } }, hops: { orderBy: { position: 'asc' } } } as const;

export class ClaimsRepository {
  constructor(private readonly db: PrismaTx) {}

  async create(claim: NewClaim): Promise<ClaimRecord> {
    const { lines, resellerReference, purchaseDate, ...fields } = claim;
    const row = await this.db.claim.create({
      data: {
        ...fields,
        status: 'submitted',
        purchaseDate: purchaseDate ? new Date(`${purchaseDate}T00:00:00Z`) : null,
        lines: { create: lines.map((line, index) => ({ ...line, lineNo: index + 1, status: 'submitted' })) },
        hops: { create: { partyId: claim.resellerId, role: 'reseller', position: 0, reference: resellerReference } },
      },
      include,
    });
    return toClaim(row);
  }

  /** The claim if `partyId` is on its chain; otherwise null, exactly as if it did not exist. */
  async findVisibleTo(claimId: string, partyId: string): Promise<ClaimRecord | null> {
    const row = await this.db.claim.findFirst({ where: { id: claimId, hops: { some: { partyId } } }, include });
    return row && toClaim(row);
  }

  /** Reads the claim and locks its row until the transaction ends, serialising concurrent transitions. */
  async lock(claimId: string): Promise<ClaimRecord | null> {
    await this.db.$executeRaw`SELECT 1 FROM claims WHERE id = ${claimId}::uuid FOR UPDATE`;
    const row = await this.db.claim.findUnique({ where: { id: claimId }, include });
    return row && toClaim(row);
  }

  async findLineByUpstreamRma(manufacturerId: string, rmaNumber: string): Promise<{ claimId: string; lineId: string } | null> {
    const line = await this.db.claimLine.findFirst({
      where: { upstreamRma: rmaNumber, claim: { manufacturerId } },
      select: { id: true, claimId: true },
    });
    return line && { claimId: line.claimId, lineId: line.id };
  }

  async setStatus(claimId: string, status: ClaimStatus): Promise<void> {
    await this.db.claim.update({ where: { id: claimId }, data: { status } });
  }

  async setDistributor(claimId: string, distributorId: string): Promise<void> {
    await this.db.claim.update({ where: { id: claimId }, data: { distributorId } });
  }

  async addHop(claimId: string, hop: ClaimHopRecord): Promise<void> {
    await this.db.claimHop.create({ data: { claimId, ...hop } });
  }

  async setHopReference(claimId: string, partyId: string, reference: string): Promise<void> {
    await this.db.claimHop.update({ where: { claimId_partyId: { claimId, partyId } }, data: { reference } });
  }

  async updateLine(lineId: string, change: { status?: ClaimStatus; upstreamRma?: string }): Promise<void> {
    await this.db.claimLine.update({ where: { id: lineId }, data: change });
  }

  /** Appends to the timeline; callers hold the claim lock, so the next sequence number is theirs. */
  async appendEvent(claimId: string, event: NewClaimEvent): Promise<void> {
    const last = await this.db.claimEvent.findFirst({ where: { claimId }, orderBy: { seq: 'desc' }, select: { seq: true } });
    await this.db.claimEvent.create({
      data: {
        claimId,
        seq: (last?.seq ?? 0) + 1,
        type: event.type,
        fromStatus: event.from,
        toStatus: event.to,
        actorRole: event.actor.role,
        actorId: event.actor.partyId,
        reason: event.reason,
        data: (event.data ?? {}) as object,
      },
    });
  }

  async events(claimId: string): Promise<ClaimEventRecord[]> {
    const rows = await this.db.claimEvent.findMany({ where: { claimId }, orderBy: { seq: 'asc' } });
    return rows.map((row) => ({
      seq: row.seq,
      type: row.type === 'reference_assigned' ? 'reference_assigned' : 'status_changed',
      from: row.fromStatus === null ? null : ClaimStatus.parse(row.fromStatus),
      to: row.toStatus === null ? null : ClaimStatus.parse(row.toStatus),
      actor: Actor.parse({ role: row.actorRole, partyId: row.actorId }),
      reason: row.reason,
      data: z.record(z.string(), z.unknown()).parse(row.data),
      occurredAt: row.occurredAt,
    }));
  }
}

type ClaimRow = NonNullable<Awaited<ReturnType<PrismaTx['claim']['findFirst']>>> & {
  lines: { id: string; lineNo: number; serial: string; model: string; macId: string | null; status: string; upstreamRma: string | null }[];
  hops: { partyId: string; role: string; position: number; reference: string | null }[];
};

function toClaim(row: ClaimRow): ClaimRecord {
  return {
    id: row.id,
    resellerId: row.resellerId,
    manufacturerId: row.manufacturerId,
    distributorId: row.distributorId,
    status: ClaimStatus.parse(row.status),
    returnReason: row.returnReason,
    failureDescription: row.failureDescription,
    purchaseDate: row.purchaseDate ? row.purchaseDate.toISOString().slice(0, 10) : null,
    proofOfPurchase: row.proofOfPurchase,
    dealer: row.dealer,
    supportTicket: row.supportTicket,
    contact: Contact.parse(row.contact),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lines: row.lines.map((line) => ({ ...line, status: ClaimStatus.parse(line.status) })),
    hops: row.hops.map((hop) => ({ ...hop, role: PartyRole.parse(hop.role) })),
  };
}
