import type { Address, ClaimContact, ClaimStatus, PartyRole, WarrantyVerdictView } from '@rma-hub/contracts';

/** One unit of the claim, as the decision sees it. */
export interface ClaimLineState {
  id: string;
  lineNo: number;
  serial: string;
  model: string;
  macId: string | null;
  category: string | null;
  status: ClaimStatus;
  upstreamRma: string | null;
  outcome: string | null;
  replacementSerial: string | null;
  /** The warranty carried onto a repaired or replaced unit (002 §8, §9.1). */
  warrantyEndsOn: string | null;
}

export interface ClaimHopState {
  partyId: string;
  role: PartyRole;
  position: number;
  reference: string | null;
}

/** The manufacturer's repair quote, waiting for the reseller's answer. */
export interface QuoteState {
  amount: number;
  currency: string;
  validUntil: string | null;
  quotedAt: string;
}

/** The claim as the decision sees it: plain data, read once by the claim service. */
export interface ClaimState {
  id: string;
  resellerId: string;
  manufacturerId: string;
  distributorId: string | null;
  status: ClaimStatus;
  resumeStatus: ClaimStatus | null;
  returnReason: string;
  failureDescription: string;
  purchaseDate: string | null;
  proofOfPurchase: string | null;
  dealer: string | null;
  supportTicket: string | null;
  deliveredOn: string | null;
  portalAccountId: string | null;
  shipTo: Address | null;
  contact: ClaimContact;
  warranty: WarrantyVerdictView | null;
  quote: QuoteState | null;
  advanceReplacementRequested: boolean;
  createdAt: Date;
  lines: ClaimLineState[];
  hops: ClaimHopState[];
}

/** How the claim's manufacturer is reached (SPEC §2 "Who plays the manufacturer"). */
export interface ChannelState {
  kind: 'portal' | 'distributor' | 'hub';
  adapter: string | null;
}
