import { z } from 'zod';
import type { ClaimStatus, Resolution } from '@rma-hub/contracts';
import type { PortalContract } from './portal-contract';

/**
 * innovaphone RMA portal contract (docs/portals/innovaphone.md), modelled on rma.innovaphone.com:
 * the innovaphone account id (printed on its invoices), serial number, detailed defect description,
 * administrative and technical contact, ship-to address for the replacement; one RMA id per
 * device, bulk submissions refused; units may ship before validation.
 */
export const InnovaphoneStatus = z.enum(['registered', 'received', 'in_repair', 'repaired', 'replaced', 'shipped', 'closed', 'refused']);
export type InnovaphoneStatus = z.infer<typeof InnovaphoneStatus>;

const Contact = z.object({ name: z.string().optional(), email: z.string().min(1), phone: z.string().min(1) });

export const InnovaphoneCreateRma = z.object({
  accountId: z.string().min(1),
  devices: z.array(z.object({ serialNumber: z.string().min(1), model: z.string().min(1) })).length(1, { error: 'one device per RMA: bulk submissions are refused' }),
  defect: z.string().min(1),
  contacts: z.object({ administrative: Contact, technical: Contact }),
  shipTo: z.object({ name: z.string().min(1), street: z.string().min(1), postalCode: z.string().min(1), city: z.string().min(1), country: z.string().length(2) }),
});
export type InnovaphoneCreateRma = z.infer<typeof InnovaphoneCreateRma>;

export const InnovaphoneRma = z.object({ rmaId: z.string().min(1), status: InnovaphoneStatus, serialNumber: z.string(), updatedAt: z.iso.datetime() });
export type InnovaphoneRma = z.infer<typeof InnovaphoneRma>;

export const InnovaphoneWebhook = z.object({
  event: z.literal('rma.updated'),
  at: z.iso.datetime(),
  rmaId: z.string().min(1),
  status: InnovaphoneStatus,
  replacementSerial: z.string().min(1).optional(),
});
export type InnovaphoneWebhook = z.infer<typeof InnovaphoneWebhook>;

const CANONICAL: Record<InnovaphoneStatus, ClaimStatus> = {
  registered: 'authorized',
  received: 'received',
  in_repair: 'repairing',
  repaired: 'resolved',
  replaced: 'resolved',
  shipped: 'shipped_back',
  closed: 'closed',
  refused: 'rejected',
};

export const innovaphoneContract: PortalContract = {
  adapter: 'innovaphone',
  parseWebhook(body) {
    const hook = InnovaphoneWebhook.parse(body);
    return { rmaNumber: hook.rmaId, portalStatus: hook.status, occurredAt: hook.at, ...(hook.replacementSerial ? { replacementSerial: hook.replacementSerial } : {}) };
  },
  toCanonical(portalStatus) {
    const status = InnovaphoneStatus.safeParse(portalStatus);
    return status.success ? CANONICAL[status.data] : undefined;
  },
  toResolution(portalStatus) {
    const resolutions: Partial<Record<string, Resolution>> = { repaired: 'repaired', replaced: 'replaced' };
    return resolutions[portalStatus];
  },
};
