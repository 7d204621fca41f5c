import { z } from 'zod';
import { isKillPoint, type KillPoint } from '@rma-hub/messaging';

const csv = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[^:]+:\d+$/, { error: 'each broker must be host:port' })).min(1));

/** An age in hours; fractions allowed (0.5 is half an hour), 0 prunes as soon as the job runs. */
const hours = z.coerce.number().min(0);

const EnvSchema = z.object({
  DATABASE_URL: z.url().default('postgresql://postgres@127.0.0.1:5432/rma_hub'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  KAFKA_BROKERS: csv,
  KAFKA_NAMESPACE: z.string().regex(/^[a-zA-Z0-9._-]*$/).default(''),
  KAFKA_PARTITIONS: z.coerce.number().int().min(1).default(3),
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).default(1),
  /** Topic-level min.insync.replicas for the topics the hub creates; unset, they take the cluster's default. */
  KAFKA_MIN_INSYNC_REPLICAS: z.coerce.number().int().min(1).optional(),
  HTTP_HOST: z.string().default('127.0.0.1'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HTTP_BODY_LIMIT_BYTES: z.coerce.number().int().min(1_024).default(1024 * 1024),
  HTTP_MAX_ARRAY_ITEMS: z.coerce.number().int().min(1).default(10_000),
  HTTP_MAX_JSON_DEPTH: z.coerce.number().int().min(2).default(32),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(5).default(1_000),
  OUTBOX_LINGER_MS: z.coerce.number().int().min(0).default(25),
  OUTBOX_RELAY: z.enum(['on', 'off']).default('on'),
  TIMER_POLL_MS: z.coerce.number().int().min(10).default(1_000),
  PORTAL_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  PORTAL_RETRY_ATTEMPTS: z.coerce.number().int().min(0).default(3),
  PORTAL_RETRY_INITIAL_DELAY_MS: z.coerce.number().int().min(1).default(500),
  PORTAL_BREAKER_THRESHOLD: z.coerce.number().int().min(1).default(5),
  PORTAL_BREAKER_HALF_OPEN_MS: z.coerce.number().int().min(10).default(30_000),
  PORTAL_CONCURRENCY: z.coerce.number().int().min(1).default(4),
  PORTAL_REQUEUE_DELAY_MS: z.coerce.number().int().min(10).default(5_000),
  PORTAL_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(200),
  BULK_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(1_000),
  BULK_LEASE_MS: z.coerce.number().int().min(100).default(30_000),
  BULK_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1).default(100 * 1024 * 1024),
  BULK_MAX_LINE_BYTES: z.coerce.number().int().min(1).default(64 * 1024),
  BULK_MAX_LINES: z.coerce.number().int().min(1).default(1_000_000),
  POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(60_000),
  POLL_MAX_INTERVAL_MS: z.coerce.number().int().min(10).default(3_600_000),
  SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false']).default('false'),
  DELIVERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  DELIVERY_RETRY_DELAY_MS: z.coerce.number().int().min(10).default(1_000),
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(30),
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  CONSUMER_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  CONSUMER_RETRY_DELAY_MS: z.coerce.number().int().min(1).default(200),
  CONSUMER_BATCH_MAX: z.coerce.number().int().min(1).max(10_000).default(256),
  CONSUMER_BATCH_TARGET_MS: z.coerce.number().int().min(1).default(250),
  HEARTBEAT_INTERVAL_MS: z.coerce.number().int().min(50).default(10_000),
  RETENTION_INTERVAL_MS: z.coerce.number().int().min(10).default(60_000),
  RETENTION_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(1_000),
  OUTBOX_RETENTION_HOURS: hours.default(24),
  INBOX_RETENTION_HOURS: hours.default(168),
  IDEMPOTENCY_KEY_TTL_HOURS: z.coerce.number().positive().default(24),
  BULK_LINES_RETENTION_HOURS: hours.default(168),
  DELIVERIES_RETENTION_HOURS: hours.default(168),
  /** OTLP/HTTP collector base URL (spans go to …/v1/traces); tracing is off while unset or empty, as OpenTelemetry's own variables are. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().or(z.literal('')).optional(),
  OTEL_SERVICE_NAME: z.string().optional(),
  /** Test-only fault injection: the kill points (libs/messaging/src/kill-points.ts) at which this process SIGKILLs itself, comma-separated. */
  FAULT_KILL_AT: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine(isKillPoint, { error: 'each must name a kill point, e.g. relay.after-publish' }))),
});

/** Every environment variable the hub's config reads (docker-compose.yml is checked against it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

export interface HubConfig {
  database: { url: string; poolSize: number };
  /** `minInsyncReplicas`: with acks=all, how many replicas must have a message before the send succeeds (replication 3, 2: one broker may be down). */
  kafka: { brokers: string[]; namespace: string; partitions: number; replicationFactor: number; minInsyncReplicas: number | undefined };
  /** A JSON body's bytes, the items of any one of its arrays, and its nesting (bulk files are streamed, within `bulk`'s limits). */
  http: { host: string; port: number; bodyLimitBytes: number; maxArrayItems: number; maxJsonDepth: number };
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  outbox: { enabled: boolean; pollIntervalMs: number; lingerMs: number; batchSize: number };
  timers: { pollIntervalMs: number };
  portals: {
    timeoutMs: number;
    retryAttempts: number;
    retryInitialDelayMs: number;
    breakerThreshold: number;
    breakerHalfOpenMs: number;
    concurrency: number;
    /** First wait before a request whose retries ran out is tried again; doubles per attempt, up to an hour. */
    requeueDelayMs: number;
    /** Attempts after which a request is dead-lettered for an operator. */
    maxAttempts: number;
    /** Status polling for portals without webhooks: first interval, doubling while nothing changes, up to the maximum. */
    pollIntervalMs: number;
    pollMaxIntervalMs: number;
  };
  /** Lines per import transaction; how long a worker holds a job between batches before another may take it over. */
  bulk: {
    batchSize: number;
    leaseMs: number;
    /** Bytes per uploaded file, bytes per line (NDJSON) or record (CSV), lines per job. */
    maxUploadBytes: number;
    maxLineBytes: number;
    maxLines: number;
  };
  subscriptions: {
    /** Admit plain HTTP and private/loopback subscriber URLs (tests, closed networks). */
    allowPrivateTargets: boolean;
    timeoutMs: number;
    /** First wait after a failed delivery; doubles per attempt, up to an hour. */
    retryDelayMs: number;
    maxAttempts: number;
  };
  /**
   * A message whose handler fails is tried again after `retryDelayMs` (doubling, up to 5 s); after
   * `maxAttempts` failed attempts it is dead-lettered and its partition moves on.
   */
  consumers: { maxAttempts: number; retryDelayMs: number; batch: { max: number; targetMs: number } };
  /** How long a stored Idempotency-Key response is replayed; after that the key is a new key (and the record is pruned). */
  /** Failed authentications a client (by IP address) may make per minute before it is answered 429 for the rest of it. */
  auth: { failuresPerMinute: number };
  idempotency: { keyTtlMs: number };
  /** How often each service instance reports its health to PostgreSQL; silent for three intervals, it reads as stale. */
  heartbeat: { intervalMs: number };
  /**
   * The retention job (in the router): every `intervalMs` it deletes, `batchSize` rows per
   * statement, what is older than its age (ms): published outbox messages, processed message ids,
   * lines of finished bulk jobs, delivered webhook deliveries (expired idempotency keys go after `idempotency.keyTtlMs`).
   */
  retention: {
    intervalMs: number;
    batchSize: number;
    publishedOutboxMs: number;
    processedMessagesMs: number;
    finishedBulkJobLinesMs: number;
    deliveredDeliveriesMs: number;
  };
  /** OpenTelemetry traces, exported over OTLP/HTTP when an endpoint is set; the service name defaults to the service's own. */
  tracing: { otlpEndpoint: string | undefined; serviceName: string | undefined };
  faults: { killAt: KillPoint[] };
}

const HOUR_MS = 3_600_000;

export class ConfigError extends Error {}

/** Parses the environment once at start; a bad environment stops the process naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    kafka: {
      brokers: e.KAFKA_BROKERS,
      namespace: e.KAFKA_NAMESPACE,
      partitions: e.KAFKA_PARTITIONS,
      replicationFactor: e.KAFKA_REPLICATION_FACTOR,
      minInsyncReplicas: e.KAFKA_MIN_INSYNC_REPLICAS,
    },
    http: {
      host: e.HTTP_HOST,
      port: e.HTTP_PORT,
      bodyLimitBytes: e.HTTP_BODY_LIMIT_BYTES,
      maxArrayItems: e.HTTP_MAX_ARRAY_ITEMS,
      maxJsonDepth: e.HTTP_MAX_JSON_DEPTH,
    },
    logLevel: e.LOG_LEVEL,
    outbox: { enabled: e.OUTBOX_RELAY === 'on', pollIntervalMs: e.OUTBOX_POLL_MS, lingerMs: e.OUTBOX_LINGER_MS, batchSize: 500 },
    timers: { pollIntervalMs: e.TIMER_POLL_MS },
    portals: {
      timeoutMs: e.PORTAL_TIMEOUT_MS,
      retryAttempts: e.PORTAL_RETRY_ATTEMPTS,
      retryInitialDelayMs: e.PORTAL_RETRY_INITIAL_DELAY_MS,
      breakerThreshold: e.PORTAL_BREAKER_THRESHOLD,
      breakerHalfOpenMs: e.PORTAL_BREAKER_HALF_OPEN_MS,
      concurrency: e.PORTAL_CONCURRENCY,
      requeueDelayMs: e.PORTAL_REQUEUE_DELAY_MS,
      maxAttempts: e.PORTAL_MAX_ATTEMPTS,
      pollIntervalMs: e.POLL_INTERVAL_MS,
      pollMaxIntervalMs: e.POLL_MAX_INTERVAL_MS,
    },
    bulk: { batchSize: e.BULK_BATCH_SIZE, leaseMs: e.BULK_LEASE_MS, maxUploadBytes: e.BULK_MAX_UPLOAD_BYTES, maxLineBytes: e.BULK_MAX_LINE_BYTES, maxLines: e.BULK_MAX_LINES },
    subscriptions: {
      allowPrivateTargets: e.SUBSCRIPTIONS_ALLOW_PRIVATE_TARGETS === 'true',
      timeoutMs: e.DELIVERY_TIMEOUT_MS,
      retryDelayMs: e.DELIVERY_RETRY_DELAY_MS,
      maxAttempts: e.DELIVERY_MAX_ATTEMPTS,
    },
    consumers: { maxAttempts: e.CONSUMER_MAX_ATTEMPTS, retryDelayMs: e.CONSUMER_RETRY_DELAY_MS, batch: { max: e.CONSUMER_BATCH_MAX, targetMs: e.CONSUMER_BATCH_TARGET_MS } },
    auth: { failuresPerMinute: e.AUTH_FAILURES_PER_MINUTE },
    idempotency: { keyTtlMs: e.IDEMPOTENCY_KEY_TTL_HOURS * HOUR_MS },
    heartbeat: { intervalMs: e.HEARTBEAT_INTERVAL_MS },
    retention: {
      intervalMs: e.RETENTION_INTERVAL_MS,
      batchSize: e.RETENTION_BATCH_SIZE,
      publishedOutboxMs: e.OUTBOX_RETENTION_HOURS * HOUR_MS,
      processedMessagesMs: e.INBOX_RETENTION_HOURS * HOUR_MS,
      finishedBulkJobLinesMs: e.BULK_LINES_RETENTION_HOURS * HOUR_MS,
      deliveredDeliveriesMs: e.DELIVERIES_RETENTION_HOURS * HOUR_MS,
    },
    tracing: { otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT || undefined, serviceName: e.OTEL_SERVICE_NAME || undefined },
    faults: { killAt: e.FAULT_KILL_AT as KillPoint[] },
  };
}
