import type { ClaimActionName } from '@rma-hub/domain';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A valid body for each action, so that only who takes it and when decide the answer. */
export const VALID_ACTION_BODIES: Record<ClaimActionName, object> = {
  cancel: { reason: 'customer found a spare unit' },
  'add-info': { purchaseDate: daysAgo(60) },
  ship: { carrier: 'DHL', trackingNumber: 'JD014600006281' },
  'approve-quote': { note: 'go ahead' },
  'reject-quote': { reason: 'too expensive' },
  forward: { note: 'reviewed' },
  authorize: {},
  'request-info': { missing: ['purchaseDate'], message: 'the invoice date is unreadable' },
  reject: { reason: 'damage caused by a fall' },
  receive: {},
  quote: { amount: 120, currency: 'EUR' },
  'start-repair': { note: 'replacing the panel' },
  resolve: { resolution: 'repaired' },
  'ship-back': { carrier: 'UPS', trackingNumber: '1Z999AA10123456784' },
  close: { note: 'done' },
};
