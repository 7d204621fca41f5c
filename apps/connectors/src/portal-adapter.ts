import type { PortalRmaRequestedV1 } from '@rma-hub/contracts';
import type { PortalCall } from './resilience/portal-resilience';

export interface OpenedRma {
  lineId: string;
  rmaNumber: string;
  portalStatus: string;
}

export interface PortalEndpoint {
  baseUrl: string;
}

/** What a polled portal says about one RMA now. */
export interface PortalStatusReading {
  portalStatus: string;
  replacementSerial?: string;
}

/**
 * One manufacturer portal, seen from the hub. `openRma` checks the portal's required data first
 * (throwing PortalRefusal), sends each HTTP exchange through `call` (timeouts, retries, breaker),
 * and must be safe to repeat: it sends an idempotency key per upstream RMA, so a retried call never
 * opens a second RMA.
 */
export interface PortalAdapter {
  readonly name: string;
  openRma(request: PortalRmaRequestedV1, endpoint: PortalEndpoint, call: PortalCall): Promise<OpenedRma[]>;
  /** For portals that send no webhooks: the hub polls each open RMA's status. */
  fetchStatus?(rmaNumber: string, endpoint: PortalEndpoint, call: PortalCall): Promise<PortalStatusReading>;
}


/** The adapters this process runs, by name. */
export class PortalAdapters {
  private readonly byName: Map<string, PortalAdapter>;

  constructor(adapters: PortalAdapter[]) {
    this.byName = new Map(adapters.map((adapter) => [adapter.name, adapter]));
  }

  find(name: string | null | undefined): PortalAdapter | undefined {
    return name ? this.byName.get(name) : undefined;
  }
}
