import type { Me } from '@rma-hub/api-client';
import type { Route } from '../router';
import { en } from '../text/en';

/** The navigation entries of distributors (review queue, inbox, bulk jobs, upload), manufacturers (inbox) and resellers (bulk jobs, upload). */
export function chainNavItems(me: Me): { to: Route; label: string }[] {
  if (me.role === 'distributor')
    return [
      { to: { page: 'review' }, label: en.chain.nav.review },
      { to: { page: 'inbox' }, label: en.chain.nav.inbox },
      { to: { page: 'bulk-jobs' }, label: en.chain.nav.jobs },
      { to: { page: 'bulk-upload' }, label: en.chain.nav.upload },
    ];
  if (me.role === 'reseller')
    return [
      { to: { page: 'bulk-jobs' }, label: en.chain.nav.jobs },
      { to: { page: 'bulk-upload' }, label: en.chain.nav.upload },
    ];
  if (me.role === 'manufacturer') return [{ to: { page: 'inbox' }, label: en.chain.nav.inbox }];
  return [];
}
