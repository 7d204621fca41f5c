import type { Database, ListenOptions, PartyRecord, Repositories } from '@rma-hub/persistence';
import { NetworkCache } from './network-cache';

const WEST: PartyRecord = { id: 'distri-west', name: 'West', role: 'distributor', referencePrefix: 'DW-RMA', reviewsClaims: false };

/** A database whose listener the test drives: `notify` plays a NOTIFY (or a reconnect), `drop` a lost connection. */
function fakeDatabase() {
  let options: ListenOptions | undefined;
  const db = {
    listener: (_channel: string, given: ListenOptions) => {
      options = given;
      return { start: async () => given.onNotify(), stop: async () => undefined };
    },
  } as unknown as Database;
  return { db, notify: () => options!.onNotify(), drop: () => options!.onError!(new Error('connection lost')) };
}

/** Repositories reading a network the test can change, counting the reads that reach it. */
function fakeNetwork() {
  const state = { distributor: 'distri-west', party: WEST, months: 24, reads: 0 };
  const tx = {
    network: {
      party: async () => (state.reads++, state.party),
      distributorFor: async () => (state.reads++, state.distributor),
      channel: async () => (state.reads++, { manufacturerId: 'ubiquiti', kind: 'portal', adapter: 'ubiquiti' }),
    },
    policies: {
      latest: async (_manufacturerId: string, distributorId: string | null) => (state.reads++, distributorId ? null : { version: state.months, document: { warranty: { months: state.months } } }),
    },
  } as unknown as Repositories;
  return { tx, state };
}

async function started() {
  const database = fakeDatabase();
  const cache = new NetworkCache(database.db);
  await cache.onApplicationBootstrap();
  return { cache, ...database, ...fakeNetwork() };
}

describe('NetworkCache', () => {
  it('reads each part of the network once while nothing changes', async () => {
    const { cache, tx, state } = await started();
    for (let round = 0; round < 3; round += 1) {
      expect(await cache.party(tx, 'distri-west')).toEqual(WEST);
      expect(await cache.distributorFor(tx, 'reseller-alpha', 'ubiquiti')).toBe('distri-west');
      expect(await cache.channel(tx, 'ubiquiti')).toEqual({ kind: 'portal', adapter: 'ubiquiti' });
      expect((await cache.effectivePolicy(tx, 'ubiquiti', 'distri-west')).document.warranty.months).toBe(24);
    }
    // the policy is two reads: the manufacturer's, and the distributor's override (none)
    expect(state.reads).toBe(5);
  });

  it('keys routes and policies by both of their parties', async () => {
    const { cache, tx, state } = await started();
    await cache.distributorFor(tx, 'reseller-alpha', 'ubiquiti');
    state.distributor = 'distri-east';
    expect(await cache.distributorFor(tx, 'reseller-alpha', 'grandstream')).toBe('distri-east');
    expect(await cache.distributorFor(tx, 'reseller-bravo', 'ubiquiti')).toBe('distri-east');
    expect(await cache.distributorFor(tx, 'reseller-alpha', 'ubiquiti')).toBe('distri-west');
  });

  it('reads the network again after it is announced changed', async () => {
    const { cache, tx, state, notify } = await started();
    await cache.distributorFor(tx, 'reseller-alpha', 'ubiquiti');
    await cache.effectivePolicy(tx, 'ubiquiti', null);
    state.distributor = 'distri-east';
    state.months = 6;
    notify();
    expect(await cache.distributorFor(tx, 'reseller-alpha', 'ubiquiti')).toBe('distri-east');
    expect(await cache.effectivePolicy(tx, 'ubiquiti', null)).toMatchObject({ ref: { version: 6 }, document: { warranty: { months: 6 } } });
  });

  it('does not keep what a read that began before the change found', async () => {
    const { cache, tx, state, notify } = await started();
    const before = cache.party(tx, 'distri-west');
    notify();
    state.party = { ...WEST, reviewsClaims: true };
    expect((await before)?.reviewsClaims).toBe(false);
    expect((await cache.party(tx, 'distri-west'))?.reviewsClaims).toBe(true);
  });

  it('keeps nothing while it cannot hear of changes, and starts empty once it can again', async () => {
    const { cache, tx, state, notify, drop } = await started();
    await cache.party(tx, 'distri-west');
    drop();
    state.party = { ...WEST, reviewsClaims: true };
    expect((await cache.party(tx, 'distri-west'))?.reviewsClaims).toBe(true);
    state.party = WEST;
    expect((await cache.party(tx, 'distri-west'))?.reviewsClaims).toBe(false);
    const reads = state.reads;
    notify();
    await cache.party(tx, 'distri-west');
    await cache.party(tx, 'distri-west');
    expect(state.reads).toBe(reads + 1);
  });

  it('reads straight through before it listens and after it stops', async () => {
    const cache = new NetworkCache(fakeDatabase().db);
    const { tx, state } = fakeNetwork();
    await cache.party(tx, 'distri-west');
    await cache.party(tx, 'distri-west');
    expect(state.reads).toBe(2);
    await cache.onApplicationBootstrap();
    await cache.party(tx, 'distri-west');
    await cache.onApplicationShutdown();
    await cache.party(tx, 'distri-west');
    expect(state.reads).toBe(4);
  });
});
