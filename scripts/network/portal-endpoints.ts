import type { NetworkFile } from '@rma-hub/contracts';
import type { PortalEndpoint } from '@rma-hub/persistence';

/** `UBIQUITI_PORTAL_URL`, `UBIQUITI_PORTAL_WEBHOOK_SECRETS`: where one portal adapter is reached, per deployment. */
export const portalVariablesOf = (adapter: string) => {
  const prefix = `${adapter.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_PORTAL`;
  return { url: `${prefix}_URL`, webhookSecrets: `${prefix}_WEBHOOK_SECRETS` };
};

/** The portal adapters a network's manufacturers are reached through. */
export const portalAdaptersOf = (network: NetworkFile) => [
  ...new Set(network.parties.flatMap((party) => (party.channel?.kind === 'portal' ? [party.channel.adapter] : []))),
];

export class PortalEndpointsError extends Error {}

/**
 * Every portal adapter's endpoint, read from the environment (`<ADAPTER>_PORTAL_URL`, and
 * `<ADAPTER>_PORTAL_WEBHOOK_SECRETS` as a comma-separated list, empty for a portal without
 * webhooks). Fails naming every missing or malformed variable.
 */
export function portalEndpointsFromEnv(network: NetworkFile, env: NodeJS.ProcessEnv): Record<string, PortalEndpoint> {
  const problems: string[] = [];
  const endpoints: Record<string, PortalEndpoint> = {};
  for (const adapter of portalAdaptersOf(network)) {
    const names = portalVariablesOf(adapter);
    const baseUrl = env[names.url];
    const webhookSecrets = (env[names.webhookSecrets] ?? '').split(',').map((secret) => secret.trim()).filter(Boolean);
    if (!baseUrl) problems.push(`${names.url}: not set (where the ${adapter} portal is reached)`);
    else if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) problems.push(`${names.url}: "${baseUrl}" is not an http(s) URL`);
    const malformed = webhookSecrets.filter((secret) => !secret.startsWith('whsec_'));
    if (malformed.length > 0) problems.push(`${names.webhookSecrets}: ${malformed.length} secret(s) not in the Standard Webhooks form whsec_…`);
    if (baseUrl) endpoints[adapter] = { baseUrl, webhookSecrets };
  }
  if (problems.length > 0) throw new PortalEndpointsError(`cannot apply the network:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  return endpoints;
}
