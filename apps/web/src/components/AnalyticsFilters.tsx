import { useState } from 'react';
import { en } from '../text/en';
import { Field, SelectField } from './Field';

export interface AnalyticsFilter {
  period: 'day' | 'week' | 'month';
  from: string;
  to: string;
  manufacturer: string;
  distributor: string;
  model: string;
}
export const NO_ANALYTICS_FILTER: AnalyticsFilter = { period: 'month', from: '', to: '', manufacturer: '', distributor: '', model: '' };

/** The query of the three analytics calls, without the empty fields. */
export function analyticsQuery(filter: AnalyticsFilter) {
  const { period, ...rest } = filter;
  const set = Object.fromEntries(Object.entries(rest).filter(([, value]) => value.trim() !== '').map(([key, value]) => [key, value.trim()]));
  return { period, ...set } as { period: AnalyticsFilter['period']; from?: string; to?: string; manufacturer?: string; distributor?: string; model?: string };
}

/** Period, creation dates, manufacturer, distributor and model; applied together. */
export function AnalyticsFilters({ initial, onApply, errors }: { initial: AnalyticsFilter; onApply(filter: AnalyticsFilter): void; errors: Record<string, string> }) {
  const [filter, setFilter] = useState(initial);
  const set = (key: keyof AnalyticsFilter) => (value: string) => setFilter({ ...filter, [key]: value });
  const text = en.analytics;
  return (
    <form
      className="filters"
      aria-label={text.filters}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(filter);
      }}
    >
      <SelectField id="analytics-period" label={text.period} value={filter.period} options={(['day', 'week', 'month'] as const).map((value) => ({ value, label: text.periods[value] ?? value }))} onChange={set('period')} error={errors['/period']} />
      <Field id="analytics-from" type="date" label={text.from} value={filter.from} onChange={set('from')} error={errors['/from']} />
      <Field id="analytics-to" type="date" label={text.to} value={filter.to} onChange={set('to')} error={errors['/to']} />
      <Field id="analytics-manufacturer" label={text.manufacturer} value={filter.manufacturer} onChange={set('manufacturer')} error={errors['/manufacturer']} />
      <Field id="analytics-distributor" label={text.distributor} value={filter.distributor} onChange={set('distributor')} error={errors['/distributor']} />
      <Field id="analytics-model" label={text.model} value={filter.model} onChange={set('model')} error={errors['/model']} />
      <button type="submit">{text.apply}</button>
    </form>
  );
}
