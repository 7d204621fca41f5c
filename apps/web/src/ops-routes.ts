/** The operator's pages (dead letters, the network, health) and the analytics page every role has. */
const OPS_PAGES = ['dead-letters', 'network', 'health', 'analytics'] as const;
export type OpsRoute = { page: (typeof OPS_PAGES)[number] };

export function parseOpsRoute(rest: string): OpsRoute | null {
  const page = OPS_PAGES.find((candidate) => new RegExp(`^/${candidate}/?$`).test(rest));
  return page ? { page } : null;
}

export const opsHrefOf = (route: OpsRoute): string => `/${route.page}`;

export const isOpsRoute = (route: { page: string }): route is OpsRoute => (OPS_PAGES as readonly string[]).includes(route.page);
