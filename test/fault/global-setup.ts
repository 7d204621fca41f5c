import sharedSetup from '../harness/global-setup';
import { startFaultTable } from './fault-table';

export default async function globalSetup(): Promise<void> {
  startFaultTable();
  await sharedSetup();
}
