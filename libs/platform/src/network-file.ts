import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { ZodError } from 'zod';
import { NetworkFile } from '@rma-hub/contracts';
import { mergePolicy, type PolicyOverride } from '@rma-hub/domain';

const describe = (error: ZodError, prefix: string) => error.issues.map((issue) => `  ${[prefix, ...issue.path].join('.')}: ${issue.message}`);

/**
 * Reads and validates a network file; every problem is reported with its path in the file,
 * including distributor overrides that would make a manufacturer's policy invalid.
 */
export async function readNetworkFile(path: string): Promise<NetworkFile> {
  const result = NetworkFile.safeParse(parse(await readFile(path, 'utf8')));
  if (!result.success) throw new Error(`${path} is not a valid network file:\n${describe(result.error, '').join('\n')}`);
  const problems = result.data.parties.flatMap((party, index) =>
    Object.entries(party.policyOverrides).flatMap(([manufacturerId, override]) => {
      const base = result.data.parties.find((candidate) => candidate.id === manufacturerId)?.policy;
      try {
        if (base) mergePolicy(base, override as PolicyOverride);
        return [];
      } catch (error) {
        return describe(error as ZodError, `parties.${index}.policyOverrides.${manufacturerId}`);
      }
    }),
  );
  if (problems.length > 0) throw new Error(`${path} is not a valid network file:\n${problems.join('\n')}`);
  return result.data;
}
