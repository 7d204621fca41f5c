import { z } from 'zod';
import { PartyRole } from '../vocabulary';

/** What `GET /v1/admin/network` answers: the network the hub serves, as loaded from its network file (no API keys, no webhook secrets). */

const PolicyVersion = z.object({
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  document: z.record(z.string(), z.unknown()).meta({ description: 'The policy document as stored (a distributor override holds only the rules it changes).' }),
});

const RuleDifference = z.object({
  rule: z.string().meta({ description: 'A top-level rule of the policy document, e.g. `fees`.' }),
  manufacturer: z.unknown().meta({ description: "The rule in the manufacturer's latest version." }),
  distributor: z.unknown().meta({ description: 'The rule in force for claims through the distributor (its override merged one level deep).' }),
});

export const NetworkView = z
  .object({
    parties: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        role: PartyRole,
        referencePrefix: z.string(),
        reviewsClaims: z.boolean(),
        channel: z
          .object({ kind: z.enum(['portal', 'distributor', 'hub']), adapter: z.string().nullable(), maxRequestsPerSecond: z.number().nullable() })
          .nullable()
          .meta({ description: "How a manufacturer is reached; null for other parties." }),
      }),
    ),
    routes: z.array(z.object({ reseller: z.string(), manufacturer: z.string(), distributor: z.string() })),
    policies: z.array(
      z.object({
        manufacturer: z.string(),
        versions: z.array(PolicyVersion).meta({ description: 'Oldest first; the last one is in force.' }),
        overrides: z.array(
          z.object({
            distributor: z.string(),
            versions: z.array(PolicyVersion),
            differences: z.array(RuleDifference).meta({ description: "The rules whose value for this distributor's claims differs from the manufacturer's latest version." }),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'NetworkView' });
export type NetworkView = z.infer<typeof NetworkView>;
