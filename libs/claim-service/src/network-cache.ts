import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ChannelState, EffectivePolicy } from '@rma-hub/domain';
import { Database, NETWORK_CHANNEL, type ChannelListener, type PartyRecord, type Repositories } from '@rma-hub/persistence';
import { channelOf } from './channel';
import { effectivePolicy } from './effective-policy';

const keyOf = (...parts: (string | null)[]) => parts.map((part) => part ?? '').join('\u001f');

/**
 * The network as the claim service reads it — parties, routes, channels and effective policies
 * (parsed and merged) — kept for the life of the process instead of read for every message.
 *
 * Every writer of the network announces the change at commit (NOTIFY rma_network, see
 * applyNetwork); this process listens and then forgets everything. A decision taken in the few
 * milliseconds between the network's commit and the notification's arrival uses the old network,
 * exactly as if it had been taken a moment earlier. While the listening connection is down the
 * cache neither serves nor keeps anything (a notification sent then would be lost), and it
 * starts empty when the connection is back.
 */
@Injectable()
export class NetworkCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly parties = new Map<string, PartyRecord | null>();
  private readonly routes = new Map<string, string | null>();
  private readonly channels = new Map<string, ChannelState>();
  private readonly policies = new Map<string, EffectivePolicy>();
  private listener: ChannelListener | undefined;
  private listening = false;
  /** Moves on at every clear, so a read that started before the change is not stored after it. */
  private generation = 0;

  constructor(private readonly db: Database) {}

  async onApplicationBootstrap(): Promise<void> {
    this.listener = this.db.listener(NETWORK_CHANNEL, {
      // Also told once at every (re)connect: whatever changed while the connection was down is forgotten then.
      onNotify: () => this.forget(true),
      onError: () => this.forget(false),
    });
    await this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.stop();
    this.forget(false);
  }

  party(tx: Repositories, id: string): Promise<PartyRecord | null> {
    return this.read(this.parties, id, () => tx.network.party(id));
  }

  distributorFor(tx: Repositories, resellerId: string, manufacturerId: string): Promise<string | null> {
    return this.read(this.routes, keyOf(resellerId, manufacturerId), () => tx.network.distributorFor(resellerId, manufacturerId));
  }

  channel(tx: Repositories, manufacturerId: string): Promise<ChannelState> {
    return this.read(this.channels, manufacturerId, () => channelOf(tx, manufacturerId));
  }

  effectivePolicy(tx: Repositories, manufacturerId: string, distributorId: string | null): Promise<EffectivePolicy> {
    return this.read(this.policies, keyOf(manufacturerId, distributorId), () => effectivePolicy(tx, manufacturerId, distributorId));
  }

  private async read<V>(entries: Map<string, V>, key: string, load: () => Promise<V>): Promise<V> {
    if (entries.has(key)) return entries.get(key) as V;
    const generation = this.generation;
    const value = await load();
    if (this.listening && generation === this.generation) entries.set(key, value);
    return value;
  }

  private forget(listening: boolean): void {
    this.listening = listening;
    this.generation += 1;
    for (const entries of [this.parties, this.routes, this.channels, this.policies]) entries.clear();
  }
}
