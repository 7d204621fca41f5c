import { Module } from '@nestjs/common';
import { ApiKeyGuard } from './auth/api-key.guard';
import { TakeClaimAction } from './claims/claim-actions';
import { ClaimsController } from './claims/claims.controller';
import { Idempotency } from './claims/idempotency';
import { SerialsController } from './claims/serials.controller';
import { SubmitClaim } from './claims/submit-claim';

/** The public HTTP API: claims, their actions and timelines, serial histories. */
@Module({
  controllers: [ClaimsController, SerialsController],
  providers: [ApiKeyGuard, Idempotency, SubmitClaim, TakeClaimAction],
})
export class GatewayModule {}
