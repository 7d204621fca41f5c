import { Inject, Injectable } from '@nestjs/common';
import { PORTAL_RMA_OPENED, type PortalRmaRequestedV1 } from '@rma-hub/contracts';
import { PermanentMessageError, type MessageContext } from '@rma-hub/messaging';
import { PORTAL_ADAPTERS, type PortalAdapter } from './portal-adapter';

/** Opens the RMA at the manufacturer's portal and reports the numbers it issued. */
@Injectable()
export class OpenPortalRma {
  private readonly adapters: Map<string, PortalAdapter>;

  constructor(@Inject(PORTAL_ADAPTERS) adapters: PortalAdapter[]) {
    this.adapters = new Map(adapters.map((adapter) => [adapter.name, adapter]));
  }

  async handle(request: PortalRmaRequestedV1, { tx }: MessageContext): Promise<void> {
    const channel = await tx.network.channel(request.manufacturerId);
    const adapter = channel?.adapter ? this.adapters.get(channel.adapter) : undefined;
    if (!channel?.baseUrl || !adapter) {
      throw new PermanentMessageError(`no portal adapter configured for ${request.manufacturerId}`);
    }
    const lines = await adapter.openRma(request, { baseUrl: channel.baseUrl });
    await tx.outbox.publish(PORTAL_RMA_OPENED, request.claimId, {
      claimId: request.claimId,
      manufacturerId: request.manufacturerId,
      lines,
      openedAt: new Date().toISOString(),
    });
  }
}
