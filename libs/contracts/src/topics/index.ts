import type { z } from 'zod';
import { CLAIM_STATUS_CHANGED, ClaimStatusChangedV1 } from './claim-status-changed';
import { CLAIM_SUBMITTED, ClaimSubmittedV1 } from './claim-submitted';
import { PORTAL_RMA_OPENED, PortalRmaOpenedV1 } from './portal-rma-opened';
import { PORTAL_RMA_REFUSED, PortalRmaRefusedV1 } from './portal-rma-refused';
import { PORTAL_RMA_REQUESTED, PortalRmaRequestedV1 } from './portal-rma-requested';
import { PORTAL_STATUS_REPORTED, PortalStatusReportedV1 } from './portal-status-reported';

export * from './claim-status-changed';
export * from './claim-submitted';
export * from './portal-rma-opened';
export * from './portal-rma-refused';
export * from './portal-rma-requested';
export * from './portal-status-reported';

/** Every topic the hub uses, with the schema its messages must satisfy. A breaking change is a new topic version. */
export const TOPICS = {
  [CLAIM_SUBMITTED]: ClaimSubmittedV1,
  [CLAIM_STATUS_CHANGED]: ClaimStatusChangedV1,
  [PORTAL_RMA_REQUESTED]: PortalRmaRequestedV1,
  [PORTAL_RMA_OPENED]: PortalRmaOpenedV1,
  [PORTAL_RMA_REFUSED]: PortalRmaRefusedV1,
  [PORTAL_STATUS_REPORTED]: PortalStatusReportedV1,
} as const;

export type TopicName = keyof typeof TOPICS;
export type TopicPayload<T extends TopicName> = z.infer<(typeof TOPICS)[T]>;
export const TOPIC_NAMES = Object.keys(TOPICS) as TopicName[];
