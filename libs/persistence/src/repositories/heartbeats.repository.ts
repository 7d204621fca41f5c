import type { SqlConnection } from '../sql-connection';

/** One process's report, for each service it hosts (several in one-process mode). */
export interface Heartbeat {
  services: readonly string[];
  instance: string;
  startedAt: Date;
  intervalMs: number;
  ready: boolean;
  checks: Record<string, string>;
  /** Named numbers; an undefined one is not stored. */
  figures: Record<string, number | undefined>;
}

export interface HeartbeatRecord {
  service: string;
  instance: string;
  startedAt: Date;
  lastSeenAt: Date;
  /** Milliseconds since the last report, by the database's clock (the one that stamped it). */
  silentMs: number;
  intervalMs: number;
  ready: boolean;
  checks: Record<string, string>;
  figures: Record<string, number>;
}

/**
 * The heartbeat rows of the running service instances: renewed by each instance, read by the
 * gateway for operators. Times are UTC by the database's clock, as elsewhere in the schema, so
 * instances with skewed clocks still compare alike.
 */
export class HeartbeatsRepository {
  constructor(private readonly sql: SqlConnection) {}

  /** Records the report as seen now, and forgets instances silent for longer than `forgetAfterMs`. */
  async beat(heartbeat: Heartbeat, forgetAfterMs: number): Promise<void> {
    await this.sql.rows`
      INSERT INTO service_heartbeats (service, instance, started_at, last_seen_at, interval_ms, ready, checks, figures)
      SELECT service, ${heartbeat.instance}::text, ${heartbeat.startedAt.toISOString()}::timestamptz AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', ${heartbeat.intervalMs}::int, ${heartbeat.ready}::boolean, ${JSON.stringify(heartbeat.checks)}::jsonb, ${JSON.stringify(heartbeat.figures)}::jsonb
      FROM unnest(${[...heartbeat.services]}::text[]) AS service
      ON CONFLICT (service, instance) DO UPDATE
        SET last_seen_at = EXCLUDED.last_seen_at, interval_ms = EXCLUDED.interval_ms, ready = EXCLUDED.ready, checks = EXCLUDED.checks, figures = EXCLUDED.figures`;
    await this.sql.rows`DELETE FROM service_heartbeats WHERE last_seen_at < now() AT TIME ZONE 'UTC' - ${forgetAfterMs}::float8 * interval '1 millisecond'`;
  }

  /** A clean stop: the instance's rows go, so only a crashed instance is left to read as stale. */
  async stop(services: readonly string[], instance: string): Promise<void> {
    await this.sql.rows`DELETE FROM service_heartbeats WHERE instance = ${instance} AND service = ANY(${[...services]}::text[])`;
  }

  async list(): Promise<HeartbeatRecord[]> {
    return this.sql.rows<HeartbeatRecord>`
      SELECT service, instance, started_at AT TIME ZONE 'UTC' AS "startedAt", last_seen_at AT TIME ZONE 'UTC' AS "lastSeenAt",
             (extract(epoch FROM now() AT TIME ZONE 'UTC' - last_seen_at) * 1000)::float8 AS "silentMs",
             interval_ms AS "intervalMs", ready, checks, figures
      FROM service_heartbeats ORDER BY service, started_at, instance`;
  }
}
