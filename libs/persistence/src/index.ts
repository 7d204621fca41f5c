export { Database, type DatabaseOptions } from './database';
export type { ChannelListener, ListenOptions } from './notifications';
export type { Repositories } from './repositories';
export type {
  ChargeRecord,
  ClaimEventRecord,
  ClaimChangeSet,
  ClaimHopRecord,
  ClaimLineRecord,
  ClaimListFilter,
  ClaimRecord,
  NewClaim,
  NewClaimEvent,
  Viewer,
  WaitingOnFilter,
} from './repositories/claims.repository';
export { policyRef, type StoredPolicy } from './repositories/policies.repository';
export type { DeliveryRecord, LeasedDelivery, SubscriptionRecord } from './repositories/subscriptions.repository';
export type { BulkJobRecord, ClaimsInReviewFilter, ForwardOutcome, ForwardOutcomeNow, ForwardTally, LineError, StoredLine } from './repositories/bulk-jobs.repository';
export type { DeadLetterRecord } from './repositories/dead-letters.repository';
export type { Heartbeat, HeartbeatRecord } from './repositories/heartbeats.repository';
export type { LeasedPoll } from './repositories/portal-polls.repository';
export { PORTAL_REQUESTS_CHANNEL, type LeasedPortalRequest, type PortalRequestState } from './repositories/portal-requests.repository';
export { TIMER_KINDS, type DueTimer, type TimerKind } from './repositories/timers.repository';
export { OUTBOX_CHANNEL, RELAY_LEADER_LOCK_ID, type OutgoingMessage, type PendingMessage } from './repositories/outbox.repository';
export type { ApiKeyRecord, ChannelRecord, PartyRecord } from './repositories/network.repository';
export { hashApiKey, NETWORK_CHANNEL } from './repositories/network.repository';
export type { StoredResponse } from './repositories/idempotency.repository';
export { RETENTION_KINDS, type RetentionKind } from './repositories/retention.repository';
export { applyNetwork, type PortalEndpoint } from './network/apply-network';
export { isDatabaseUnavailable, isUniqueViolation } from './errors';
export { currentTraceHeaders, inSpan, inStoredTrace, type TraceHeaders } from './trace-context';
