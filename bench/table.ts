/** One line of the bench table: what was measured, the hub's figure, its baseline's, and how they compare. */
export interface BenchRow {
  what: string;
  hub: string;
  baseline: string;
  /** hub / baseline, where the two are comparable. */
  ratio: string;
  /** The issue's target for the figure, and whether it is met. */
  target: string;
}

export const NONE = '—';

export function format(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A latency in ms under a second, in s above (one decimal). */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms < 1000 ? `${format(ms, ms < 10 ? 1 : 0)} ms` : `${format(ms / 1000, 1)} s`;
}

export function ratio(hub: number, baseline: number): string {
  return `${format(hub / baseline, 2)}×`;
}

export function verdict(met: boolean, target: string): string {
  return `${met ? 'met' : 'not met'}: ${target}`;
}

export function markdownTable(rows: BenchRow[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    '| what | hub | baseline (same run) | hub / baseline | target |',
    '|---|---:|---:|---:|---|',
    ...rows.map((row) => `| ${[row.what, row.hub, row.baseline, row.ratio, row.target].map(escape).join(' | ')} |`),
  ].join('\n');
}

/** "0 failed", or "12 failed: 503 ×10, ECONNRESET ×2". */
export function failures(count: number, kinds: Map<string, number>): string {
  if (count === 0) return '0 failed';
  return `${format(count)} failed: ${[...kinds].map(([kind, n]) => `${kind} ×${format(n)}`).join(', ')}`;
}
