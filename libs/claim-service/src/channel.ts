import type { ChannelState } from '@rma-hub/domain';
import type { Repositories } from '@rma-hub/persistence';

/** How the manufacturer is reached; one without a configured channel is handled by the distributor on the chain. */
export async function channelOf(tx: Repositories, manufacturerId: string): Promise<ChannelState> {
  const channel = await tx.network.channel(manufacturerId);
  return channel ? { kind: channel.kind, adapter: channel.adapter } : { kind: 'distributor', adapter: null };
}
