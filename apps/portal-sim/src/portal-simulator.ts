import Fastify, { type FastifyInstance } from 'fastify';
import { registerUbiquitiPortal, type PortalStats } from './ubiquiti.portal';
import { WebhookSender } from './webhook-sender';

export interface PortalSimulatorOptions {
  /** The hub's base URL; webhooks go to `${hubUrl}/v1/webhooks/{portal}`. Can be set later with `setHubUrl`. */
  hubUrl?: string;
  /** Standard Webhooks signing secret (whsec_…) per portal. */
  webhookSecrets: { ubiquiti: string };
}

export interface PortalSimulator {
  app: FastifyInstance;
  stats: { ubiquiti: PortalStats };
  setHubUrl(url: string): void;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export function createPortalSimulator(options: PortalSimulatorOptions): PortalSimulator {
  const app = Fastify({ logger: false });
  let hubUrl = options.hubUrl;
  const webhookUrl = (portal: string) => () => {
    if (!hubUrl) throw new Error('the portal simulator does not know the hub URL yet');
    return `${hubUrl}/v1/webhooks/${portal}`;
  };
  const stats = {
    ubiquiti: registerUbiquitiPortal(app, new WebhookSender(webhookUrl('ubiquiti'), options.webhookSecrets.ubiquiti)),
  };
  app.get('/_sim/stats', async () => stats);
  return {
    app,
    stats,
    setHubUrl: (url) => (hubUrl = url),
    listen: (port, host = '127.0.0.1') => app.listen({ port, host }),
    close: () => app.close(),
  };
}
