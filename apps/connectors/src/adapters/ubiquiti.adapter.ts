import type { AxiosInstance } from 'axios';
import type { PortalRmaRequestedV1 } from '@rma-hub/contracts';
import { UbiquitiRma, type UbiquitiCreateRma } from '@rma-hub/portals';
import type { OpenedRma, PortalAdapter, PortalEndpoint } from '../portal-adapter';
import type { PortalCall } from '../resilience/portal-resilience';

/** Ubiquiti takes one device per RMA, so every line of a claim becomes its own upstream RMA. */
export class UbiquitiAdapter implements PortalAdapter {
  readonly name = 'ubiquiti';

  constructor(private readonly http: AxiosInstance) {}

  async openRma(request: PortalRmaRequestedV1, endpoint: PortalEndpoint, call: PortalCall): Promise<OpenedRma[]> {
    const opened: OpenedRma[] = [];
    for (const line of request.lines) {
      const body: UbiquitiCreateRma = {
        ...(request.supportTicket ? { ticketNumber: request.supportTicket } : {}),
        device: { serialNumber: line.serial, sku: line.model, ...(line.macId ? { macId: line.macId } : {}) },
        faultDescription: request.failureDescription,
        contact: request.contact,
      };
      const rma = await call(async (signal) => {
        const response = await this.http.post(`${endpoint.baseUrl}/ubiquiti/api/v1/rmas`, body, {
          headers: { 'idempotency-key': `${request.claimId}:${line.lineId}` },
          signal,
        });
        return UbiquitiRma.parse(response.data);
      });
      opened.push({ lineId: line.lineId, rmaNumber: rma.rmaNumber, portalStatus: rma.status });
    }
    return opened;
  }
}
