import { z } from 'zod';

/** `POST /v1/admin/api-keys`: a new key for a party, shown once. */
export const CreateApiKeyRequest = z
  .object({
    party: z.string().min(1).max(100).meta({ description: 'The party the key acts as.' }),
    label: z.string().trim().min(1).max(100).meta({ description: 'What the key is for, e.g. "ERP integration".' }),
  })
  .strict()
  .meta({ id: 'CreateApiKeyRequest' });
export type CreateApiKeyRequest = z.infer<typeof CreateApiKeyRequest>;

/** Query of `GET /v1/admin/api-keys`. */
export const ApiKeysQuery = z.object({ party: z.string().max(100).optional() });

export const ApiKeyView = z
  .object({
    id: z.uuid(),
    party: z.string(),
    label: z.string(),
    hint: z.string().meta({ description: "The key's first characters, to recognise it; never enough to use it." }),
    source: z.enum(['network', 'hub']).meta({ description: '`network`: declared in the network file (applying a file revokes the keys it no longer lists); `hub`: generated here.' }),
    createdAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKeyView = z.infer<typeof ApiKeyView>;

export const CreatedApiKey = ApiKeyView.extend({
  key: z.string().meta({ description: 'The key itself: shown in this answer only, stored only as a hash.' }),
}).meta({ id: 'CreatedApiKey' });
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;

export const ApiKeyList = z.object({ apiKeys: z.array(ApiKeyView) }).meta({ id: 'ApiKeyList' });
export type ApiKeyList = z.infer<typeof ApiKeyList>;
