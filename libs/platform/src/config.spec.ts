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
});
