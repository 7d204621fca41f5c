/** The distributor's and manufacturer's pages: the review queue, the inbox, the bulk jobs, the bulk upload, one job's report and a unit's serial history. */
export type ChainRoute = { page: 'review' } | { page: 'inbox' } | { page: 'bulk-jobs' } | { page: 'bulk-upload' } | { page: 'bulk-job'; id: string } | { page: 'serial'; serial: string };

export function parseChainRoute(rest: string): ChainRoute | null {
  if (/^\/review\/?$/.test(rest)) return { page: 'review' };
  if (/^\/inbox\/?$/.test(rest)) return { page: 'inbox' };
  if (/^\/bulk\/?$/.test(rest)) return { page: 'bulk-jobs' };
  if (/^\/bulk\/new\/?$/.test(rest)) return { page: 'bulk-upload' };
  const job = /^\/bulk\/([0-9a-f-]{36})\/?$/i.exec(rest);
  if (job?.[1]) return { page: 'bulk-job', id: job[1] };
  const serial = /^\/serials\/([^/]+)\/?$/.exec(rest);
  if (serial?.[1]) {
    try {
      return { page: 'serial', serial: decodeURIComponent(serial[1]) };
    } catch {
      return null;
    }
  }
  return null;
}

export const chainHrefOf = (route: ChainRoute): string => (route.page === 'serial' ? `/serials/${encodeURIComponent(route.serial)}` : route.page === 'bulk-job' ? `/bulk/${route.id}` : route.page === 'bulk-jobs' ? '/bulk' : route.page === 'bulk-upload' ? '/bulk/new' : `/${route.page}`);

export const isChainRoute = (route: { page: string }): route is ChainRoute => route.page === 'review' || route.page === 'inbox' || route.page === 'bulk-jobs' || route.page === 'bulk-upload' || route.page === 'bulk-job' || route.page === 'serial';
