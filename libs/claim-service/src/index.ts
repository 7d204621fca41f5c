export { ClaimService, type ClaimRequest } from './claim-service';
export { channelOf } from './channel';
export { effectivePolicy } from './effective-policy';
