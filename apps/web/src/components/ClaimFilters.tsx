import { useState, type FormEvent } from 'react';
import { CLAIM_STATUSES } from '../statuses';
import { en } from '../text/en';
import { Field, SelectField } from './Field';

export interface Filters {
  status: string;
  reference: string;
  waitingOnMe: boolean;
}
export const NO_FILTERS: Filters = { status: '', reference: '', waitingOnMe: false };

const STATUS_OPTIONS = [{ value: '', label: en.list.anyStatus }, ...CLAIM_STATUSES.map((status) => ({ value: status, label: en.statuses[status] ?? status }))];

/** Status, reference search and the "waiting on me" toggle, applied together. */
export function ClaimFilters({ initial, onApply }: { initial: Filters; onApply(filters: Filters): void }) {
  const [filters, setFilters] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...filters, reference: filters.reference.trim() });
  };
  return (
    <form className="filters" role="search" aria-label={en.list.filters} onSubmit={submit}>
      <SelectField id="filter-status" label={en.list.status} value={filters.status} options={STATUS_OPTIONS} onChange={(status) => setFilters({ ...filters, status })} />
      <Field id="filter-reference" label={en.list.reference} value={filters.reference} onChange={(reference) => setFilters({ ...filters, reference })} />
      <div className="field checkbox">
        <input id="filter-waiting" type="checkbox" checked={filters.waitingOnMe} onChange={(event) => setFilters({ ...filters, waitingOnMe: event.target.checked })} />
        <label htmlFor="filter-waiting">{en.list.waitingOnMe}</label>
      </div>
      <button type="submit">{en.list.apply}</button>
    </form>
  );
}
