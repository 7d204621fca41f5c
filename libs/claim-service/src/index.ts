export { ClaimService, type ClaimRequest } from './claim-service';
export { ClaimServiceModule } from './claim-service.module';
export { NetworkCache } from './network-cache';
