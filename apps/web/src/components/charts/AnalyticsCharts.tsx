import type { ChargeAnalytics, HopAnalytics, OutcomeAnalytics } from '@rma-hub/api-client';
import { en } from '../../text/en';
import { BarChart, type Group, type Series } from './BarChart';
import { duration } from './format';

const text = en.analytics;
const TIERS = ['reseller', 'distributor', 'manufacturer', 'in_transit', 'hub'] as const;
const tierSeries: Series[] = TIERS.map((tier) => ({ key: tier, label: text.tiers[tier] ?? tier }));

/** Median and p90 time with each tier per period, and the turnaround. */
export function HopCharts({ hops }: { hops: HopAnalytics }) {
  const byTier = (pick: 'medianSeconds' | 'p90Seconds'): Group[] =>
    hops.periods.map((period) => ({
      key: period.start,
      label: period.start,
      values: Object.fromEntries(TIERS.map((tier) => [tier, period.tiers.find((one) => one.tier === tier)?.[pick] ?? null])),
    }));
  const turnaround: Group[] = hops.periods.map((period) => ({
    key: period.start,
    label: period.start,
    values: { claims: period.claims, median: period.turnaround.medianSeconds, p90: period.turnaround.p90Seconds },
  }));
  return (
    <>
      <BarChart testId="chart-median-by-tier" title={text.medianByTier} series={tierSeries} groups={byTier('medianSeconds')} format={duration} />
      <BarChart testId="chart-p90-by-tier" title={text.p90ByTier} series={tierSeries} groups={byTier('p90Seconds')} format={duration} />
      <BarChart
        testId="chart-turnaround"
        title={text.turnaround}
        series={[
          { key: 'median', label: text.median },
          { key: 'p90', label: text.p90 },
        ]}
        groups={turnaround}
        format={duration}
      />
    </>
  );
}

const groupKey = (group: OutcomeAnalytics['groups'][number]) => `${group.manufacturer}/${group.model}`;

/** Needs-info share and the most missing fields; rejection and no-fault-found rates; working minutes to authorization. */
export function OutcomeCharts({ outcomes }: { outcomes: OutcomeAnalytics }) {
  const groups = (values: (group: OutcomeAnalytics['groups'][number]) => Record<string, number | null>): Group[] =>
    outcomes.groups.map((group) => ({ key: groupKey(group), label: groupKey(group), values: values(group) }));
  const missing = new Map<string, number>();
  for (const group of outcomes.groups) for (const field of group.missingFields) missing.set(field.field, (missing.get(field.field) ?? 0) + field.claims);
  const missingGroups: Group[] = [...missing.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([field, claims]) => ({ key: field, label: en.fields[field] ?? field, values: { claims } }));
  return (
    <>
      <BarChart testId="chart-claims" title={text.claims} series={[{ key: 'claims', label: text.claims }]} groups={groups((group) => ({ claims: group.claims }))} format={text.count} />
      <BarChart testId="chart-needs-info" title={text.needsInfo} series={[{ key: 'needsInfoShare', label: text.needsInfoShare }]} groups={groups((group) => ({ needsInfoShare: group.needsInfoShare }))} format={text.percent} />
      <BarChart testId="chart-missing-fields" title={text.missingFields} series={[{ key: 'claims', label: text.missingClaims }]} groups={missingGroups} format={text.count} />
      <BarChart
        testId="chart-rates"
        title={text.rates}
        series={[
          { key: 'rejectionRate', label: text.rejectionRate },
          { key: 'noFaultFoundRate', label: text.noFaultFoundRate },
        ]}
        groups={groups((group) => ({ rejectionRate: group.rejectionRate, noFaultFoundRate: group.noFaultFoundRate }))}
        format={text.percent}
      />
      <BarChart testId="chart-sla" title={text.sla} series={[{ key: 'minutes', label: text.slaMinutes }]} groups={groups((group) => ({ minutes: group.medianSlaBusinessMinutes }))} format={(value) => value.toFixed(0)} />
    </>
  );
}

/** Charge totals per period, one series per kind and currency. */
export function ChargeChart({ charges }: { charges: ChargeAnalytics }) {
  const series: Series[] = [];
  for (const period of charges.periods)
    for (const charge of period.charges) {
      const key = `${charge.kind}:${charge.currency}`;
      if (!series.some((one) => one.key === key)) series.push({ key, label: text.chargeSeries(charge.kind, charge.currency) });
    }
  const groups: Group[] = charges.periods.map((period) => ({
    key: period.start,
    label: period.start,
    values: Object.fromEntries(period.charges.map((charge) => [`${charge.kind}:${charge.currency}`, charge.total])),
  }));
  return <BarChart testId="chart-charges" title={text.charges} series={series} groups={series.length ? groups : []} format={text.money} emptyText={text.noCharges} />;
}
