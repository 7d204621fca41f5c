import { z } from 'zod';

/** What `GET /v1/admin/services` answers: every service instance that reported its health to the database lately. */

export const ServiceState = z.enum(['up', 'not_ready', 'stale']).meta({
  id: 'ServiceState',
  description: '`up`: its last report had every readiness check up; `not_ready`: some check was not; `stale`: no report within three of its intervals (crashed, hung or cut off from PostgreSQL).',
});
export type ServiceState = z.infer<typeof ServiceState>;

const count = (description: string) => z.number().min(0).optional().meta({ description });

/** Key numbers of one process, read from its own metrics registry; a figure the process does not measure is absent. */
export const ServiceFigures = z
  .object({
    messagesProcessed: count('Kafka messages its consumers applied (duplicates included) since it started.'),
    messagesRetried: count('Consumer attempts that failed and were tried again, since it started.'),
    messagesDeadLettered: count('Messages its consumers dead-lettered since it started.'),
    messagesPublished: count('Outbox messages it published to Kafka since it started.'),
    httpRequests: count('HTTP requests it answered since it started.'),
    httpErrors: count('HTTP answers 5xx since it started.'),
    outboxBacklog: count('Outbox messages not yet published (hub-wide; reported by the router).'),
    eventLoopLagSeconds: count('Event-loop delay, 99th percentile since its previous report or scrape.'),
    rssBytes: count('Resident memory of the process.'),
  })
  .meta({ id: 'ServiceFigures' });
export type ServiceFigures = z.infer<typeof ServiceFigures>;

export const ServiceInstanceView = z
  .object({
    service: z.string().meta({ description: 'gateway, webhooks, router, connectors or notifier; one process hosting several reports each.' }),
    instance: z.string().meta({ description: 'The process: host name, process id and a random suffix.' }),
    startedAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    state: ServiceState,
    checks: z.record(z.string(), z.string()).meta({ description: 'Each readiness check at its last report: "up", or what is wrong (as `/readyz` answers).' }),
    figures: ServiceFigures,
  })
  .meta({ id: 'ServiceInstance' });
export type ServiceInstanceView = z.infer<typeof ServiceInstanceView>;

export const ServiceInstanceList = z
  .object({ services: z.array(ServiceInstanceView).meta({ description: 'By service, then oldest instance first.' }) })
  .meta({ id: 'ServiceInstanceList' });
export type ServiceInstanceList = z.infer<typeof ServiceInstanceList>;
