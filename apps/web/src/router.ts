import { useEffect, useState } from 'react';
import { chainHrefOf, isChainRoute, parseChainRoute, type ChainRoute } from './chain-routes';
import { isOpsRoute, opsHrefOf, parseOpsRoute, type OpsRoute } from './ops-routes';

/** The app lives under /app; its pages are plain paths below it, so links and the back button work. */
export const BASE = '/app';

export type Route = { page: 'claims' } | { page: 'new-claim' } | { page: 'claim'; id: string } | ChainRoute | OpsRoute;

export function parseRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const claim = /^\/claims\/([0-9a-f-]{36})\/?$/i.exec(rest);
  if (claim?.[1]) return { page: 'claim', id: claim[1] };
  if (/^\/claims\/new\/?$/.test(rest)) return { page: 'new-claim' };
  const chain = parseChainRoute(rest);
  if (chain) return chain;
  const ops = parseOpsRoute(rest);
  if (ops) return ops;
  return { page: 'claims' };
}

export const hrefOf = (route: Route): string =>
  isOpsRoute(route) ? `${BASE}${opsHrefOf(route)}` : isChainRoute(route) ? `${BASE}${chainHrefOf(route)}` : route.page === 'claim' ? `${BASE}/claims/${route.id}` : route.page === 'new-claim' ? `${BASE}/claims/new` : `${BASE}/claims`;

export function navigate(route: Route): void {
  window.history.pushState(null, '', hrefOf(route));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The current route, following pushState navigations and the browser's back and forward. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}
