import { z } from 'zod';

const webhookSecret = z.string().startsWith('whsec_', { error: 'must be a Standard Webhooks secret (whsec_…)' });

/** The simulator's own environment (it is not a hub service and does not read the hub's config). */
export const PortalSimEnv = z.object({
  PORTAL_SIM_HOST: z.string().default('127.0.0.1'),
  PORTAL_SIM_PORT: z.coerce.number().int().default(4010),
  HUB_URL: z.url().default('http://127.0.0.1:3000'),
  UBIQUITI_WEBHOOK_SECRET: webhookSecret,
  INNOVAPHONE_WEBHOOK_SECRET: webhookSecret,
  /** As for the hub's services: an OTLP/HTTP collector turns tracing on. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().or(z.literal('')).optional(),
});

/** Every environment variable the simulator reads (docker-compose.yml is checked against it). */
export const PORTAL_SIM_VARIABLES: readonly string[] = Object.keys(PortalSimEnv.shape);
