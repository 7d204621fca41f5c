import type { ReactNode } from 'react';
import type { Session } from '../api/session';
import type { Route } from '../router';
import { BulkJobPage } from './BulkJobPage';
import { BulkJobsPage } from './BulkJobsPage';
import { BulkUploadPage } from './BulkUploadPage';
import { InboxPage } from './InboxPage';
import { ReviewQueuePage } from './ReviewQueuePage';
import { SerialHistoryPage } from './SerialHistoryPage';

/** The page a distributor's or manufacturer's route names, or null for another route (or the review queue to anyone but a distributor). */
export function chainPageOf(route: Route, session: Session): ReactNode | null {
  if (route.page === 'review' && session.me.role === 'distributor') return <ReviewQueuePage session={session} />;
  if (route.page === 'inbox') return <InboxPage session={session} />;
  if (route.page === 'bulk-jobs') return <BulkJobsPage session={session} />;
  if (route.page === 'bulk-upload' && (session.me.role === 'reseller' || session.me.role === 'distributor')) return <BulkUploadPage session={session} />;
  if (route.page === 'serial') return <SerialHistoryPage key={route.serial} session={session} serial={route.serial} />;
  if (route.page === 'bulk-job') return <BulkJobPage key={route.id} session={session} id={route.id} />;
  return null;
}
