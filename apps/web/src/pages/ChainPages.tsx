import type { ReactNode } from 'react';
import type { Session } from '../api/session';
import type { Route } from '../router';
import { BulkJobPage } from './BulkJobPage';
import { BulkJobsPage } from './BulkJobsPage';
import { InboxPage } from './InboxPage';
import { ReviewQueuePage } from './ReviewQueuePage';

/** The page a distributor's or manufacturer's route names, or null for another route (or the review queue to anyone but a distributor). */
export function chainPageOf(route: Route, session: Session): ReactNode | null {
  if (route.page === 'review' && session.me.role === 'distributor') return <ReviewQueuePage session={session} />;
  if (route.page === 'inbox') return <InboxPage session={session} />;
  if (route.page === 'bulk-jobs') return <BulkJobsPage session={session} />;
  if (route.page === 'bulk-job') return <BulkJobPage key={route.id} session={session} id={route.id} />;
  return null;
}
