import type { NetworkFile } from '@rma-hub/contracts';
import { portalAdaptersOf, portalEndpointsFromEnv, portalVariablesOf } from './portal-endpoints';

const network = {
  parties: [
    { id: 'ubiquiti', channel: { kind: 'portal', adapter: 'ubiquiti' } },
    { id: 'grandstream', channel: { kind: 'portal', adapter: 'grandstream' } },
    { id: 'charge-amps', channel: { kind: 'distributor' } },
    { id: 'reseller-alpha' },
  ],
  routes: [],
} as unknown as NetworkFile;

describe('portal endpoints from the environment', () => {
  it('names one URL and one secrets variable per adapter', () => {
    expect(portalVariablesOf('ubiquiti')).toEqual({ url: 'UBIQUITI_PORTAL_URL', webhookSecrets: 'UBIQUITI_PORTAL_WEBHOOK_SECRETS' });
    expect(portalVariablesOf('acme-portal')).toEqual({ url: 'ACME_PORTAL_PORTAL_URL', webhookSecrets: 'ACME_PORTAL_PORTAL_WEBHOOK_SECRETS' });
    expect(portalAdaptersOf(network)).toEqual(['ubiquiti', 'grandstream']);
  });

  it('reads each portal the network names; secrets are a comma-separated list, none for a portal without webhooks', () => {
    const env = { UBIQUITI_PORTAL_URL: 'http://portal-sim:4010', UBIQUITI_PORTAL_WEBHOOK_SECRETS: 'whsec_a, whsec_b', GRANDSTREAM_PORTAL_URL: 'https://gs.example' };
    expect(portalEndpointsFromEnv(network, env)).toEqual({
      ubiquiti: { baseUrl: 'http://portal-sim:4010', webhookSecrets: ['whsec_a', 'whsec_b'] },
      grandstream: { baseUrl: 'https://gs.example', webhookSecrets: [] },
    });
  });

  it('names every missing or malformed variable at once, never a secret', () => {
    const env = { UBIQUITI_PORTAL_URL: 'ftp://portal', UBIQUITI_PORTAL_WEBHOOK_SECRETS: 'not-a-secret-value' };
    let message = '';
    try {
      portalEndpointsFromEnv(network, env);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('UBIQUITI_PORTAL_URL: "ftp://portal" is not an http(s) URL');
    expect(message).toContain('UBIQUITI_PORTAL_WEBHOOK_SECRETS: 1 secret(s) not in the Standard Webhooks form');
    expect(message).toContain('GRANDSTREAM_PORTAL_URL: not set');
    expect(message).not.toContain('not-a-secret-value');
  });
});
