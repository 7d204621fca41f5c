import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Table from 'cli-table3';

/** One file per jest run (its global setup names it), so two runs at once never mix their rows. */
function tableFile(): string {
  const file = process.env.RMA_FAULT_TABLE;
  if (!file) throw new Error('RMA_FAULT_TABLE is not set: run the fault suite through jest (npm run test:fault)');
  return file;
}

export interface FaultRow {
  /** What was done to the hub, e.g. "3-broker cluster: broker 1 stopped under load, then started". */
  scenario: string;
  /** What was counted against what was submitted, e.g. "300 claims, 300 RMAs, 1,200 deliveries". */
  figures: string;
  lost: number;
  duplicated: number;
}

/** Records one scenario's outcome for the table the fault project prints at its end. */
export function recordFaultRow(row: FaultRow): void {
  appendFileSync(tableFile(), `${JSON.stringify(row)}\n`);
}

/** Names this run's table file, for the test workers the run starts after its global setup. */
export function startFaultTable(): void {
  process.env.RMA_FAULT_TABLE = path.resolve(__dirname, `../../.cache/fault-table-${process.pid}.jsonl`);
}

/** The table of this run's rows; the file is removed once read. */
export function renderFaultTable(): string | undefined {
  const file = tableFile();
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  rmSync(file);
  const rows = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as FaultRow);
  const table = new Table({ head: ['fault', 'counted', 'result'], wordWrap: true, colWidths: [60, 50, 26], style: { head: [], border: [] } });
  for (const row of rows) table.push([row.scenario, row.figures, `lost ${row.lost}, duplicated ${row.duplicated}`]);
  return table.toString();
}
