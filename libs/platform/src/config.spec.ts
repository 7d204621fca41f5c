import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('parses brokers and applies defaults', () => {
    const config = loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092, 127.0.0.1:19094' });
    expect(config.kafka.brokers).toEqual(['127.0.0.1:19092', '127.0.0.1:19094']);
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBe('postgresql://postgres@127.0.0.1:5432/rma_hub');
  });

  it('stops with every bad variable named', () => {
    expect(() => loadConfig({ KAFKA_BROKERS: 'nohostport', HTTP_PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ KAFKA_BROKERS: 'nohostport', HTTP_PORT: 'eighty', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['KAFKA_BROKERS', 'HTTP_PORT', 'LOG_LEVEL']) expect(message).toContain(name);
    }
  });

  it('defaults the retention ages and the Idempotency-Key lifetime, in hours (fractions allowed)', () => {
    const hour = 3_600_000;
    const defaults = loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092' });
    expect(defaults.retention).toEqual({
      intervalMs: 60_000,
      batchSize: 1_000,
      publishedOutboxMs: 24 * hour,
      processedMessagesMs: 168 * hour,
      finishedBulkJobLinesMs: 168 * hour,
      deliveredDeliveriesMs: 168 * hour,
    });
    expect(defaults.idempotency.keyTtlMs).toBe(24 * hour);
    const set = loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092', OUTBOX_RETENTION_HOURS: '0', DELIVERIES_RETENTION_HOURS: '0.5', IDEMPOTENCY_KEY_TTL_HOURS: '48' });
    expect(set.retention).toMatchObject({ publishedOutboxMs: 0, deliveredDeliveriesMs: hour / 2 });
    expect(set.idempotency.keyTtlMs).toBe(48 * hour);
  });

  it('keeps tracing off unless an OTLP endpoint is set (empty counts as unset), and refuses one that is not a URL', () => {
    const off = { otlpEndpoint: undefined, serviceName: undefined };
    expect(loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092' }).tracing).toEqual(off);
    expect(loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092', OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_SERVICE_NAME: '' }).tracing).toEqual(off);
    expect(loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'hub-eu' }).tracing).toEqual({
      otlpEndpoint: 'http://collector:4318',
      serviceName: 'hub-eu',
    });
    expect(() => loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });

  it('refuses a negative age, a key lifetime of zero and an empty batch', () => {
    const bad = { KAFKA_BROKERS: '127.0.0.1:19092', INBOX_RETENTION_HOURS: '-1', IDEMPOTENCY_KEY_TTL_HOURS: '0', RETENTION_BATCH_SIZE: '0' };
    expect(() => loadConfig(bad)).toThrow(ConfigError);
    try {
      loadConfig(bad);
    } catch (error) {
      for (const name of Object.keys(bad).slice(1)) expect((error as Error).message).toContain(name);
    }
  });

  it('arms no kill point unless FAULT_KILL_AT names some, and refuses a name that is no kill point', () => {
    expect(loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092' }).faults.killAt).toEqual([]);
    const armed = loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092', FAULT_KILL_AT: 'relay.after-publish, rma-hub.router.after-commit' });
    expect(armed.faults.killAt).toEqual(['relay.after-publish', 'rma-hub.router.after-commit']);
    expect(() => loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092', FAULT_KILL_AT: 'relay.after-publsh' })).toThrow(/FAULT_KILL_AT/);
  });
});
