import { AxiosError, type AxiosInstance } from 'axios';
import type { PortalRmaRequestedV1 } from '@rma-hub/contracts';
import { GrandstreamRma, type GrandstreamCreateRma } from '@rma-hub/portals';
import type { OpenedRma, PortalAdapter, PortalEndpoint, PortalStatusReading } from '../portal-adapter';
import { PortalRefusal } from '../portal-errors';
import type { PortalCall } from '../resilience/portal-resilience';

/**
 * Grandstream opens one RMA for all devices of a claim, only with a helpdesk ticket its support
 * validated, and sends no webhooks: the hub polls it.
 */
export class GrandstreamAdapter implements PortalAdapter {
  readonly name = 'grandstream';

  constructor(private readonly http: AxiosInstance) {}

  async openRma(request: PortalRmaRequestedV1, endpoint: PortalEndpoint, call: PortalCall): Promise<OpenedRma[]> {
    if (!request.supportTicket) {
      throw new PortalRefusal('Grandstream opens an RMA only for a fault its support confirmed: the helpdesk ticket is missing', ['supportTicket']);
    }
    const body: GrandstreamCreateRma = {
      helpdeskTicket: request.supportTicket,
      devices: request.lines.map((line) => ({ serialNumber: line.serial, model: line.model })),
      fault: request.failureDescription,
      contact: request.contact,
    };
    const rma = await call(async (signal) => {
      try {
        const response = await this.http.post(`${endpoint.baseUrl}/grandstream/api/rma`, body, { headers: { 'idempotency-key': request.claimId }, signal });
        return GrandstreamRma.parse(response.data);
      } catch (error) {
        if (error instanceof AxiosError && error.response?.data?.error === 'TICKET_NOT_VALIDATED') {
          throw new PortalRefusal(`Grandstream support has not validated helpdesk ticket ${request.supportTicket}`, ['supportTicket']);
        }
        throw error;
      }
    });
    return request.lines.map((line) => ({ lineId: line.lineId, rmaNumber: rma.rmaId, portalStatus: rma.status }));
  }

  async fetchStatus(rmaNumber: string, endpoint: PortalEndpoint, call: PortalCall): Promise<PortalStatusReading> {
    const rma = await call(async (signal) => GrandstreamRma.parse((await this.http.get(`${endpoint.baseUrl}/grandstream/api/rma/${encodeURIComponent(rmaNumber)}`, { signal })).data));
    const replacement = rma.devices.find((device) => device.replacementSerialNumber)?.replacementSerialNumber;
    return { portalStatus: rma.status, ...(replacement ? { replacementSerial: replacement } : {}) };
  }
}
