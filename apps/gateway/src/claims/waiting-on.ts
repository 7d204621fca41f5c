import { statusesWaitingOn } from '@rma-hub/domain';
import type { Repositories, WaitingOnFilter } from '@rma-hub/persistence';
import type { Caller } from '../auth/caller';

/**
 * `waitingOn=me`: the claims whose next move is the caller's — a reseller's missing information,
 * shipments and quotes; a distributor's review queue and the RMAs it handles for manufacturers; a
 * manufacturer's RMA desk (unless its portal speaks for it).
 */
export async function waitingOnFilter(tx: Repositories, caller: Caller): Promise<WaitingOnFilter> {
  const ownDesk = caller.role === 'manufacturer' && (await tx.network.channel(caller.id))?.kind !== 'portal';
  return {
    asReseller: caller.role === 'reseller' ? statusesWaitingOn('reseller') : [],
    asDistributor: caller.role === 'distributor' ? statusesWaitingOn('distributor') : [],
    asManufacturer: {
      statuses: statusesWaitingOn('manufacturer'),
      ownClaimsOf: ownDesk ? caller.id : null,
      handledAsDistributorFor: caller.role === 'distributor' ? await tx.network.manufacturersHandledByDistributors() : [],
    },
  };
}
