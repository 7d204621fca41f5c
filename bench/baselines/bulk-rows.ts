import { randomBytes } from 'node:crypto';
import { CLAIM_SUBMITTED } from '@rma-hub/contracts';
import { DEMO_CLAIM } from '@rma-hub/testing';
import { BASELINE_RESELLER as RESELLER } from './baseline-database';

/** One table the bulk import writes, and the row it gets for claim number `n` of a run. */
export interface BulkTable {
  name: string;
  columns: string[];
  row(n: number): (string | number | null)[];
}

/**
 * The rows the hub's bulk import stores per claim (the claim, its line, its reseller hop, its first
 * timeline event and the outbox row announcing it), with the bench file's values, for the
 * baselines to write the same rows into the same tables. Ids are derived from `n`, so each table's
 * rows can be produced on their own and still point at their claim.
 */
export function bulkTables(): BulkTable[] {
  const prefix = randomBytes(10).toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})$/, '$1-$2-$3-$4');
  const uuid = (kind: number, n: number) => `${prefix}-${kind.toString(16)}${n.toString(16).padStart(11, '0')}`;
  const claimId = (n: number) => uuid(0, n);
  const demo = DEMO_CLAIM as Record<string, string>;
  const contact = JSON.stringify(DEMO_CLAIM.contact);
  const now = new Date().toISOString();
  const outboxRest = JSON.stringify({ resellerId: RESELLER, manufacturerId: demo.manufacturer, submittedAt: now }).slice(1);
  return [
    {
      name: 'claims',
      columns: ['id', 'reseller_id', 'manufacturer_id', 'status', 'return_reason', 'failure_description', 'purchase_date', 'proof_of_purchase', 'dealer', 'support_ticket', 'contact', 'updated_at'],
      row: (n) => [claimId(n), RESELLER, demo.manufacturer!, 'submitted', demo.returnReason!, demo.failureDescription!, demo.purchaseDate!, demo.proofOfPurchase!, demo.dealer!, demo.supportTicket!, contact, now],
    },
    {
      name: 'claim_lines',
      columns: ['id', 'claim_id', 'line_no', 'serial', 'model', 'status'],
      row: (n) => [uuid(1, n), claimId(n), 1, `BASE-SN-${n}`, 'U6-Pro', 'submitted'],
    },
    {
      name: 'claim_hops',
      columns: ['claim_id', 'party_id', 'role', 'position', 'reference'],
      row: (n) => [claimId(n), RESELLER, 'reseller', 0, `BASE-${n}`],
    },
    {
      name: 'claim_events',
      columns: ['id', 'claim_id', 'seq', 'type', 'to_status', 'actor_role', 'actor_id', 'reason'],
      row: (n) => [uuid(2, n), claimId(n), 1, 'status_changed', 'submitted', 'reseller', RESELLER, 'claim imported in bulk'],
    },
    {
      name: 'outbox_messages',
      columns: ['id', 'topic', 'key', 'payload'],
      row: (n) => [uuid(3, n), CLAIM_SUBMITTED, claimId(n), `{"claimId":"${claimId(n)}",${outboxRest}`],
    },
  ];
}
