import { Readiness } from './readiness';

describe('Readiness', () => {
  const up = async () => undefined;

  it('is ready when every check answers', async () => {
    const readiness = new Readiness();
    readiness.register({ name: 'database', check: up });
    readiness.register({ name: 'kafka', check: up });
    expect(await readiness.report()).toEqual({ ready: true, checks: { database: 'up', kafka: 'up' } });
  });

  it('names each check that fails and why', async () => {
    const readiness = new Readiness();
    readiness.register({ name: 'database', check: up });
    readiness.register({ name: 'kafka', check: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9092')) });
    expect(await readiness.report()).toEqual({ ready: false, checks: { database: 'up', kafka: 'down: connect ECONNREFUSED 127.0.0.1:9092' } });
  });

  it('reads a check that never answers as down instead of hanging', async () => {
    jest.useFakeTimers();
    try {
      const readiness = new Readiness();
      readiness.register({ name: 'database', check: () => new Promise(() => undefined) });
      const report = readiness.report();
      await jest.advanceTimersByTimeAsync(3_000);
      expect(await report).toEqual({ ready: false, checks: { database: 'down: no answer within 3000 ms' } });
    } finally {
      jest.useRealTimers();
    }
  });

  it('reports not ready once draining, even with every dependency up', async () => {
    const readiness = new Readiness();
    readiness.register({ name: 'database', check: up });
    readiness.startDraining();
    expect(await readiness.report()).toEqual({ ready: false, checks: { database: 'up', shutdown: 'draining' } });
  });

  it('keeps one check per name', async () => {
    const readiness = new Readiness();
    readiness.register({ name: 'consumer rma-hub.router', check: () => Promise.reject(new Error('starting')) });
    readiness.register({ name: 'consumer rma-hub.router', check: up });
    expect((await readiness.report()).checks).toEqual({ 'consumer rma-hub.router': 'up' });
  });
});
