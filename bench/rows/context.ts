import { SETTINGS } from '../settings';
import type { BenchRow } from '../table';

/** What every row producer gets: the shared infrastructure it runs against, and the bench's settings. */
export interface BenchContext {
  kafkaBrokers: string;
  postgresUrl: string;
  settings: typeof SETTINGS;
}

export type RowProducer = (context: BenchContext) => Promise<BenchRow[]>;
