import type { Session } from '../api/session';
import { isOpsRoute } from '../ops-routes';
import type { Route } from '../router';
import { AnalyticsPage } from './AnalyticsPage';
import { DeadLettersPage } from './ops/DeadLettersPage';
import { HealthPage } from './ops/HealthPage';
import { NetworkPage } from './ops/NetworkPage';

/** The analytics page for every role; dead letters, the network and health for operators only (others get null: the claims list). */
export function opsPageOf(route: Route, session: Session) {
  if (!isOpsRoute(route)) return null;
  if (route.page === 'analytics') return <AnalyticsPage session={session} />;
  if (session.me.role !== 'operator') return null;
  if (route.page === 'dead-letters') return <DeadLettersPage session={session} />;
  if (route.page === 'network') return <NetworkPage session={session} />;
  return <HealthPage session={session} />;
}
