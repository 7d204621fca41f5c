import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { ApiKeysQuery, CreateApiKeyRequest, type ApiKeyList, type ApiKeyView, type CreatedApiKey } from '@rma-hub/contracts';
import { Database, type ApiKeyRecord } from '@rma-hub/persistence';
import { generateApiKey, notFound, parseOrThrow, problem } from '@rma-hub/platform';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { CurrentCaller, type Caller } from '../auth/caller';

const view = (key: ApiKeyRecord): ApiKeyView => ({
  id: key.id,
  party: key.partyId,
  label: key.label,
  hint: key.hint,
  source: key.source,
  createdAt: key.createdAt.toISOString(),
  revokedAt: key.revokedAt?.toISOString() ?? null,
});

/**
 * Operators issue and revoke parties' API keys. A key is generated here (256 random bits), shown
 * in the answer that creates it and nowhere else: only its hash is stored, and the call is not
 * replayable by Idempotency-Key, so no stored response ever holds it.
 */
@Controller('v1/admin/api-keys')
@UseGuards(ApiKeyGuard)
export class ApiKeysController {
  constructor(private readonly db: Database) {}

  @Post()
  @HttpCode(201)
  async create(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<CreatedApiKey> {
    operatorOnly(caller);
    const request = parseOrThrow(CreateApiKeyRequest, body, 'api key');
    if (!(await this.db.repositories.network.party(request.party))) {
      throw problem(422, 'API_KEY.UNKNOWN_PARTY', `No party "${request.party}" in the network`, { errors: [{ pointer: '/party', detail: 'must be a party of the network' }] });
    }
    const key = generateApiKey();
    return { ...view(await this.db.repositories.network.addGeneratedApiKey(request.party, request.label, key)), key };
  }

  @Get()
  async list(@CurrentCaller() caller: Caller, @Query() rawQuery: unknown): Promise<ApiKeyList> {
    operatorOnly(caller);
    const query = parseOrThrow(ApiKeysQuery, rawQuery, 'query');
    return { apiKeys: (await this.db.repositories.network.apiKeys(query.party)).map(view) };
  }

  /** Revokes the key at once: the next call with it is refused. Revoking it again changes nothing. */
  @Delete(':id')
  async revoke(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<ApiKeyView> {
    operatorOnly(caller);
    const revoked = z.uuid().safeParse(id).success ? await this.db.repositories.network.revokeApiKey(id) : null;
    if (!revoked) throw notFound('Api key');
    return view(revoked);
  }
}

function operatorOnly(caller: Caller): void {
  if (caller.role !== 'operator') throw problem(403, 'AUTH.OPERATOR_ONLY', 'Only operators manage API keys');
}
