/** "ubiquiti v1, distri-west override v1": which policy version decided, as the API records it. */
export function describePolicy(policy: unknown): string | null {
  if (!policy || typeof policy !== 'object') return null;
  const { manufacturerId, version, distributorId, overrideVersion } = policy as Record<string, unknown>;
  if (typeof manufacturerId !== 'string') return null;
  const override = typeof distributorId === 'string' && overrideVersion != null ? `, ${distributorId} override v${String(overrideVersion)}` : '';
  return `${manufacturerId} v${String(version)}${override}`;
}
