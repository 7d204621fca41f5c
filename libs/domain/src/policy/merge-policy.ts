import { PolicyDocument, type PolicyDocumentInput } from '@rma-hub/contracts';

export type PolicyOverride = { [K in keyof PolicyDocumentInput]?: PolicyDocumentInput[K] extends object | null | undefined ? Partial<NonNullable<PolicyDocumentInput[K]>> | null : PolicyDocumentInput[K] };

/** A distributor's override laid over the manufacturer's policy: objects merge one level deep, everything else replaces. */
export function mergePolicy(base: PolicyDocument, override: PolicyOverride | null | undefined): PolicyDocument {
  if (!override) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    const bothObjects = value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current);
    merged[key] = bothObjects ? { ...current, ...value } : value;
  }
  return PolicyDocument.parse(merged);
}
