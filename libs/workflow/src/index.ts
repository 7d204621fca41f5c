export { factsOf } from './claim-facts';
export { effectivePolicy } from './effective-policy';
export { TransitionRefused, transitionClaim, type ClaimChange } from './transition-claim';
export { requestPortalRma } from './request-portal-rma';
