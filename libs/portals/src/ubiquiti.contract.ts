import { z } from 'zod';
import type { ClaimStatus, Resolution } from '@rma-hub/contracts';
import type { PortalContract } from './portal-contract';

/**
 * Ubiquiti RMA portal contract (modelled on rma.ui.com's form; see docs/portals/ubiquiti.md).
 * One device per RMA; the support ticket number is expected; the device is identified by its
 * MAC id, or by SKU chosen by hand.
 */
export const UbiquitiStatus = z.enum(['PENDING', 'APPROVED', 'RECEIVED', 'IN_REPAIR', 'REPLACED', 'SHIPPED', 'CLOSED', 'REJECTED']);
export type UbiquitiStatus = z.infer<typeof UbiquitiStatus>;

export const UbiquitiCreateRma = z.object({
  ticketNumber: z.string().min(1).optional(),
  device: z.object({ serialNumber: z.string().min(1), sku: z.string().min(1), macId: z.string().min(1).optional() }),
  faultDescription: z.string().min(1),
  contact: z.object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional() }),
});
export type UbiquitiCreateRma = z.infer<typeof UbiquitiCreateRma>;

export const UbiquitiRma = z.object({
  rmaNumber: z.string().min(1),
  status: UbiquitiStatus,
  serialNumber: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type UbiquitiRma = z.infer<typeof UbiquitiRma>;

export const UbiquitiWebhook = z.object({
  type: z.literal('rma.status_changed'),
  timestamp: z.iso.datetime(),
  data: z.object({ rmaNumber: z.string().min(1), status: UbiquitiStatus, replacementSerialNumber: z.string().min(1).optional() }),
});
export type UbiquitiWebhook = z.infer<typeof UbiquitiWebhook>;

const CANONICAL: Record<UbiquitiStatus, ClaimStatus> = {
  PENDING: 'forwarded',
  APPROVED: 'authorized',
  RECEIVED: 'received',
  IN_REPAIR: 'repairing',
  REPLACED: 'resolved',
  SHIPPED: 'shipped_back',
  CLOSED: 'closed',
  REJECTED: 'rejected',
};

export const ubiquitiContract: PortalContract = {
  adapter: 'ubiquiti',
  parseWebhook(body) {
    const hook = UbiquitiWebhook.parse(body);
    const { rmaNumber, status, replacementSerialNumber } = hook.data;
    return { rmaNumber, portalStatus: status, occurredAt: hook.timestamp, ...(replacementSerialNumber ? { replacementSerial: replacementSerialNumber } : {}) };
  },
  toCanonical(portalStatus) {
    const status = UbiquitiStatus.safeParse(portalStatus);
    return status.success ? CANONICAL[status.data] : undefined;
  },
  toResolution(portalStatus) {
    return portalStatus === 'REPLACED' ? ('replaced' satisfies Resolution) : undefined;
  },
};
