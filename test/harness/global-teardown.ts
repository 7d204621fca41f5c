import type { Infrastructure } from './infrastructure';

/** Shared by every project of a run that needs infrastructure: the first teardown stops it. */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { rmaInfrastructure?: Infrastructure };
  const infrastructure = holder.rmaInfrastructure;
  delete holder.rmaInfrastructure;
  await infrastructure?.stop();
}
