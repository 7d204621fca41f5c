import type { Me } from '@rma-hub/api-client';
import type { OpsRoute } from '../ops-routes';
import { en } from '../text/en';

/** The navigation entries of these pages for the caller's role. */
export function opsNavItems(me: Me): { to: OpsRoute; label: string }[] {
  const analytics = { to: { page: 'analytics' as const }, label: en.ops.nav.analytics };
  if (me.role !== 'operator') return [analytics];
  return [{ to: { page: 'dead-letters' }, label: en.ops.nav.deadLetters }, { to: { page: 'network' }, label: en.ops.nav.network }, { to: { page: 'health' }, label: en.ops.nav.health }, analytics];
}
