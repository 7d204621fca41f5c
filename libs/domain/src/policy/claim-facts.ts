import type { PolicyRef, ReturnReason } from '@rma-hub/contracts';

/** What the policy engine looks at: the claim as plain data, dates as YYYY-MM-DD. */
export interface ClaimFacts {
  returnReason: ReturnReason;
  purchaseDate: string | null;
  /** When the end customer received the goods; DOA windows count from here (defaults to the purchase date). */
  deliveredOn: string | null;
  proofOfPurchase: string | null;
  dealer: string | null;
  supportTicket: string | null;
  portalAccountId: string | null;
  shipTo: object | null;
  failureDescription: string;
  contact: { email?: string | undefined; phone?: string | undefined };
  lines: { serial: string; model: string; macId: string | null; category: string | null }[];
}

export type { PolicyRef };

export type RuleName =
  | 'required_fields'
  | 'support_ticket'
  | 'warranty'
  | 'doa_window'
  | 'rma_validity'
  | 'quote_required'
  | 'inspection_fee'
  | 'admin_fee'
  | 'restocking_fee'
  | 'advance_replacement'
  | 'repair_warranty'
  | 'scrap'
  | 'quote_timeout';

/** Every decision says which rule of which policy version made it, and why, in words a person reads. */
export interface Decided {
  rule: RuleName;
  policy: PolicyRef;
  reason: string;
}
