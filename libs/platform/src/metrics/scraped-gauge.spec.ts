import { Counter, Registry } from 'prom-client';
import { ScrapedGauge } from './scraped-gauge';

describe('ScrapedGauge', () => {
  const setup = () => {
    const registry = new Registry();
    const errors = new Counter({ name: 'errors_total', help: 'h', labelNames: ['gauge'], registers: [registry] });
    const gauge = new ScrapedGauge(registry, errors, { name: 'claims', help: 'h', labelNames: ['status'] });
    return { registry, gauge };
  };

  it('reads every source at scrape time', async () => {
    const { registry, gauge } = setup();
    let submitted = 3;
    gauge.readFrom(async () => [{ labels: { status: 'submitted' }, value: submitted }]);
    gauge.readFrom(async () => [{ labels: { status: 'closed' }, value: 1 }]);
    expect(await registry.metrics()).toContain('claims{status="submitted"} 3');
    submitted = 5;
    const text = await registry.metrics();
    expect(text).toContain('claims{status="submitted"} 5');
    expect(text).toContain('claims{status="closed"} 1');
  });

  it('leaves out what a failing source would give, never a stale value, and counts the failure', async () => {
    const { registry, gauge } = setup();
    let up = true;
    gauge.readFrom(async () => {
      if (!up) throw new Error('database unreachable');
      return [{ labels: { status: 'submitted' }, value: 3 }];
    });
    expect(await registry.metrics()).toContain('claims{status="submitted"} 3');
    up = false;
    const text = await registry.metrics();
    expect(text).not.toContain('claims{status="submitted"}');
    expect(await registry.getSingleMetricAsString('errors_total')).toContain('errors_total{gauge="claims"} 1');
  });

  it('drops a label set its source no longer reports', async () => {
    const { registry, gauge } = setup();
    let statuses = ['submitted', 'forwarded'];
    gauge.readFrom(async () => statuses.map((status) => ({ labels: { status }, value: 1 })));
    expect(await registry.metrics()).toContain('claims{status="forwarded"} 1');
    statuses = ['submitted'];
    expect(await registry.metrics()).not.toContain('forwarded');
  });
});
