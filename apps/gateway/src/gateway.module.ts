import { Module } from '@nestjs/common';
import { ApiKeyGuard } from './auth/api-key.guard';
import { ClaimsController } from './claims/claims.controller';
import { Idempotency } from './claims/idempotency';
import { SubmitClaim } from './claims/submit-claim';

/** The public HTTP API: claims. */
@Module({
  controllers: [ClaimsController],
  providers: [ApiKeyGuard, Idempotency, SubmitClaim],
})
export class GatewayModule {}
