import type { AxiosInstance } from 'axios';
import type { PortalRmaRequestedV1 } from '@rma-hub/contracts';
import { InnovaphoneRma, type InnovaphoneCreateRma } from '@rma-hub/portals';
import type { OpenedRma, PortalAdapter, PortalEndpoint } from '../portal-adapter';
import { PortalRefusal } from '../portal-errors';
import type { PortalCall } from '../resilience/portal-resilience';

/** innovaphone: one RMA id per device (bulk refused), and nothing is sent without the account id, contacts and ship-to address. */
export class InnovaphoneAdapter implements PortalAdapter {
  readonly name = 'innovaphone';

  constructor(private readonly http: AxiosInstance) {}

  async openRma(request: PortalRmaRequestedV1, endpoint: PortalEndpoint, call: PortalCall): Promise<OpenedRma[]> {
    const { portalAccountId, shipTo, contact } = request;
    const missing = [
      !portalAccountId && 'portalAccountId',
      !shipTo && 'shipTo',
      !contact.email && 'contact.email',
      !contact.phone && 'contact.phone',
    ].filter((field): field is string => typeof field === 'string');
    if (!portalAccountId || !shipTo || !contact.email || !contact.phone) {
      throw new PortalRefusal(`innovaphone needs ${missing.join(', ')} before it issues an RMA id`, missing);
    }
    const person = { ...(contact.name ? { name: contact.name } : {}), email: contact.email, phone: contact.phone };
    const opened: OpenedRma[] = [];
    for (const line of request.lines) {
      const body: InnovaphoneCreateRma = {
        accountId: portalAccountId,
        devices: [{ serialNumber: line.serial, model: line.model }],
        defect: request.failureDescription,
        contacts: { administrative: person, technical: person },
        shipTo,
      };
      const rma = await call(async (signal) => {
        const response = await this.http.post(`${endpoint.baseUrl}/innovaphone/api/rmas`, body, { headers: { 'idempotency-key': `${request.claimId}:${line.lineId}` }, signal });
        return InnovaphoneRma.parse(response.data);
      });
      opened.push({ lineId: line.lineId, rmaNumber: rma.rmaId, portalStatus: rma.status });
    }
    return opened;
  }
}
