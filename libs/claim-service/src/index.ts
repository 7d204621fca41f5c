export { ClaimService, type ClaimRequest } from './claim-service';
export { ClaimServiceModule } from './claim-service.module';
export { channelOf } from './channel';
export { effectivePolicy } from './effective-policy';
export { NetworkCache } from './network-cache';
