import { isDeepStrictEqual } from 'node:util';
import { PolicyDocument, type PolicyRef } from '@rma-hub/contracts';
import type { PrismaTx } from '../prisma';

export interface StoredPolicy {
  version: number;
  document: unknown;
}

/** Versioned policy documents: a manufacturer's, and distributors' overrides of it. Never edited, only superseded. */
export class PoliciesRepository {
  constructor(private readonly db: PrismaTx) {}

  async latest(manufacturerId: string, distributorId: string | null): Promise<StoredPolicy | null> {
    return this.db.policy.findFirst({
      where: { manufacturerId, distributorId },
      orderBy: { version: 'desc' },
      select: { version: true, document: true },
    });
  }

  /** Every version of every policy (manufacturers' and distributors' overrides), oldest version first. */
  async allVersions(): Promise<(StoredPolicy & { manufacturerId: string; distributorId: string | null; createdAt: Date })[]> {
    return this.db.policy.findMany({
      orderBy: [{ manufacturerId: 'asc' }, { distributorId: 'asc' }, { version: 'asc' }],
      select: { manufacturerId: true, distributorId: true, version: true, document: true, createdAt: true },
    });
  }

  /** Stores `document` as the next version unless it equals the latest one; returns the version in force. */
  async put(manufacturerId: string, distributorId: string | null, document: object): Promise<number> {
    const latest = await this.latest(manufacturerId, distributorId);
    if (latest && isDeepStrictEqual(latest.document, document)) return latest.version;
    const version = (latest?.version ?? 0) + 1;
    await this.db.policy.create({ data: { manufacturerId, distributorId, version, document } });
    return version;
  }
}

export function policyRef(manufacturerId: string, base: StoredPolicy, distributorId: string | null, override: StoredPolicy | null): PolicyRef {
  return { manufacturerId, version: base.version, distributorId: override ? distributorId : null, overrideVersion: override?.version ?? null };
}

export { PolicyDocument };
