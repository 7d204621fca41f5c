/** The distributor's and manufacturer's pages: the review queue, the inbox, the bulk jobs and one job's report. */
export type ChainRoute = { page: 'review' } | { page: 'inbox' } | { page: 'bulk-jobs' } | { page: 'bulk-job'; id: string };

export function parseChainRoute(rest: string): ChainRoute | null {
  if (/^\/review\/?$/.test(rest)) return { page: 'review' };
  if (/^\/inbox\/?$/.test(rest)) return { page: 'inbox' };
  if (/^\/bulk\/?$/.test(rest)) return { page: 'bulk-jobs' };
  const job = /^\/bulk\/([0-9a-f-]{36})\/?$/i.exec(rest);
  if (job?.[1]) return { page: 'bulk-job', id: job[1] };
  return null;
}

export const chainHrefOf = (route: ChainRoute): string => (route.page === 'bulk-job' ? `/bulk/${route.id}` : route.page === 'bulk-jobs' ? '/bulk' : `/${route.page}`);

export const isChainRoute = (route: { page: string }): route is ChainRoute => route.page === 'review' || route.page === 'inbox' || route.page === 'bulk-jobs' || route.page === 'bulk-job';
