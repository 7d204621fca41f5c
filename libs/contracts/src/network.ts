import { z } from 'zod';
import { API_KEY_PREFIX, API_KEY_SHAPE } from './api-key';
import { PolicyDocument } from './policy';
import { PartyRole } from './vocabulary';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be lower-case letters, digits and dashes' });

/**
 * A key in a network file has the shape of a key the hub generates (`rma-hub keys generate`):
 * `rmahub_` and 43 base64url characters, 256 random bits. A shape proves no randomness, but nobody
 * types such a key by hand, and the patterns people do type (a repeated or short alphabet) are refused.
 */
const MIN_DISTINCT_KEY_CHARACTERS = 16;

const NetworkApiKey = z
  .string()
  .regex(API_KEY_SHAPE, { error: 'must be rmahub_ and 43 base64url characters (256 random bits): run `rma-hub keys generate`' })
  .refine((key) => new Set(key.slice(API_KEY_PREFIX.length)).size >= MIN_DISTINCT_KEY_CHARACTERS, {
    error: `is not random: fewer than ${MIN_DISTINCT_KEY_CHARACTERS} different characters; run \`rma-hub keys generate\``,
  });

const ApiKeyEntry = z.object({ label: z.string().min(1), key: NetworkApiKey });

const PartyEntry = z.object({
  id,
  name: z.string().min(1),
  role: PartyRole,
  referencePrefix: z.string().regex(/^[A-Z][A-Z0-9-]*$/, { error: 'must be upper-case letters, digits and dashes' }),
  /** A distributor that reviews claims before forwarding them (claims wait in in_review). */
  reviewsClaims: z.boolean().default(false),
  apiKeys: z.array(ApiKeyEntry).default([]),
  /** How a manufacturer is reached: its portal adapter, or the distributor handles its RMAs. */
  channel: z
    .discriminatedUnion('kind', [
      z.object({
        kind: z.literal('portal'),
        adapter: z.string().min(1),
        /** The portal's request rate limit; the connectors space their calls to stay under it. */
        maxRequestsPerSecond: z.number().positive().optional(),
      }),
      /** The distributor on the claim's chain deals with the manufacturer and records its moves (000, 002, 004). */
      z.object({ kind: z.literal('distributor') }),
      /** The manufacturer takes its own moves in the hub with its API keys: the hub is its RMA desk. */
      z.object({ kind: z.literal('hub') }),
    ])
    .optional(),
  /** A manufacturer's return policy (see PolicyDocument). */
  policy: PolicyDocument.optional(),
  /** A distributor's overrides of manufacturers' policies, by manufacturer id; merged one level deep. */
  policyOverrides: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
});

const RouteEntry = z.object({ reseller: id, manufacturer: id, distributor: id });

/** A network of parties and routes, declared in a file (see demo/network.yaml) and loaded by the hub. */
export const NetworkFile = z
  .object({ parties: z.array(PartyEntry).min(1), routes: z.array(RouteEntry).default([]) })
  .superRefine((network, ctx) => {
    const roles = new Map(network.parties.map((party) => [party.id, party.role]));
    network.parties.forEach((party, index) => {
      if (network.parties.findIndex((other) => other.id === party.id) !== index) {
        ctx.addIssue({ code: 'custom', path: ['parties', index, 'id'], message: `duplicate party id ${party.id}` });
      }
      if (party.role === 'manufacturer' && !party.channel) {
        ctx.addIssue({ code: 'custom', path: ['parties', index, 'channel'], message: 'a manufacturer needs a channel' });
      }
      if (party.role === 'manufacturer' && !party.policy) {
        ctx.addIssue({ code: 'custom', path: ['parties', index, 'policy'], message: 'a manufacturer needs a policy' });
      }
      for (const manufacturer of Object.keys(party.policyOverrides)) {
        if (roles.get(manufacturer) !== 'manufacturer') {
          ctx.addIssue({ code: 'custom', path: ['parties', index, 'policyOverrides', manufacturer], message: `${manufacturer} is not a manufacturer of this network` });
        }
      }
    });
    network.routes.forEach((route, index) => {
      for (const role of ['reseller', 'manufacturer', 'distributor'] as const) {
        if (roles.get(route[role]) !== role) {
          ctx.addIssue({
            code: 'custom',
            path: ['routes', index, role],
            message: `${route[role]} is not a ${role} of this network`,
          });
        }
      }
    });
  });
export type NetworkFile = z.infer<typeof NetworkFile>;
