import { z } from 'zod';
import { PartyRole } from '../vocabulary';

/** `GET /v1/me`: the party whose API key made the call, so a client (the web workspace) learns its role. */
export const MeView = z
  .object({
    partyId: z.string().meta({ description: "The party's id in the network, e.g. `reseller-alpha`." }),
    name: z.string(),
    role: PartyRole,
  })
  .meta({ id: 'Me' });
export type MeView = z.infer<typeof MeView>;
