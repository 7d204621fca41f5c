import { Module } from '@nestjs/common';
import { ApiKeysController } from './admin/api-keys.controller';
import { DeadLettersController } from './admin/dead-letters.controller';
import { NetworkController } from './admin/network.controller';
import { ServicesController } from './admin/services.controller';
import { AnalyticsController } from './analytics/analytics.controller';
import { ApiKeyGuard } from './auth/api-key.guard';
import { BulkController } from './bulk/bulk.controller';
import { BulkJobGauges } from './bulk/bulk-job-gauges';
import { BulkIntake } from './bulk/bulk-intake';
import { ForwardClaimsWorker } from './bulk/forward-claims-worker';
import { ImportClaimsWorker } from './bulk/import-claims-worker';
import { StartBulkForward } from './bulk/start-bulk-forward';
import { ClaimServiceModule } from '@rma-hub/claim-service';
import { ApiDocsModule } from '@rma-hub/openapi';
import { TakeClaimAction } from './claims/claim-actions';
import { ClaimViews } from './claims/claim-views';
import { ClaimsController } from './claims/claims.controller';
import { Idempotency } from './claims/idempotency';
import { SerialsController } from './claims/serials.controller';
import { SubmitClaim } from './claims/submit-claim';
import { MeController } from './me/me.controller';
import { SubscriptionsController } from './subscriptions/subscriptions.controller';
import { WebAppModule } from './web/web-app.module';

/** The public HTTP API: claims, their actions and timelines, serial histories, subscriptions, bulk imports and forwards; dead letters, the network and the services' health for operators. */
@Module({
  imports: [ApiDocsModule, ClaimServiceModule, WebAppModule],
  controllers: [MeController, ClaimsController, SerialsController, AnalyticsController, SubscriptionsController, BulkController, DeadLettersController, ApiKeysController, NetworkController, ServicesController],
  providers: [ApiKeyGuard, Idempotency, ClaimViews, SubmitClaim, TakeClaimAction, BulkIntake, BulkJobGauges, ImportClaimsWorker, StartBulkForward, ForwardClaimsWorker],
})
export class GatewayModule {}
