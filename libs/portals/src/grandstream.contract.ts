import { z } from 'zod';
import type { ClaimStatus, Resolution } from '@rma-hub/contracts';
import type { PortalContract } from './portal-contract';

/**
 * Grandstream RMA portal contract (docs/portals/grandstream.md). The fault must first be confirmed
 * by Grandstream support (seed 003): the RMA is opened with that helpdesk ticket, which the portal
 * validates. One RMA may cover several devices. The portal sends no webhooks: status is polled.
 */
export const GrandstreamStatus = z.enum(['open', 'goods_received', 'under_repair', 'repaired', 'replaced', 'returned', 'closed', 'declined']);
export type GrandstreamStatus = z.infer<typeof GrandstreamStatus>;

/** Helpdesk tickets look like GS-123456; anything else was not issued by Grandstream support. */
export const GRANDSTREAM_TICKET = /^GS-\d{6}$/;

export const GrandstreamCreateRma = z.object({
  helpdeskTicket: z.string().regex(GRANDSTREAM_TICKET, { error: 'must be a Grandstream helpdesk ticket (GS-nnnnnn)' }),
  devices: z.array(z.object({ serialNumber: z.string().min(1), model: z.string().min(1) })).min(1),
  fault: z.string().min(1),
  contact: z.object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional() }),
});
export type GrandstreamCreateRma = z.infer<typeof GrandstreamCreateRma>;

export const GrandstreamRma = z.object({
  rmaId: z.string().min(1),
  status: GrandstreamStatus,
  devices: z.array(z.object({ serialNumber: z.string(), replacementSerialNumber: z.string().optional() })),
  updatedAt: z.iso.datetime(),
});
export type GrandstreamRma = z.infer<typeof GrandstreamRma>;

const CANONICAL: Record<GrandstreamStatus, ClaimStatus> = {
  open: 'authorized',
  goods_received: 'received',
  under_repair: 'repairing',
  repaired: 'resolved',
  replaced: 'resolved',
  returned: 'shipped_back',
  closed: 'closed',
  declined: 'rejected',
};

export const grandstreamContract: PortalContract = {
  adapter: 'grandstream',
  toCanonical(portalStatus) {
    const status = GrandstreamStatus.safeParse(portalStatus);
    return status.success ? CANONICAL[status.data] : undefined;
  },
  toResolution(portalStatus) {
    const resolutions: Partial<Record<string, Resolution>> = { repaired: 'repaired', replaced: 'replaced' };
    return resolutions[portalStatus];
  },
};
