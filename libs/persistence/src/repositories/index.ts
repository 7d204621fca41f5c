import type { PrismaTx } from '../prisma';
import type { SqlConnection } from '../sql-connection';
import { AnalyticsRepository } from './analytics.repository';
import { BulkJobsRepository } from './bulk-jobs.repository';
import { ClaimsRepository } from './claims.repository';
import { DeadLettersRepository } from './dead-letters.repository';
import { GaugesRepository } from './gauges.repository';
import { HeartbeatsRepository } from './heartbeats.repository';
import { IdempotencyRepository } from './idempotency.repository';
import { InboxRepository } from './inbox.repository';
import { MessageAttemptsRepository } from './message-attempts.repository';
import { NetworkRepository } from './network.repository';
import { OutboxRepository } from './outbox.repository';
import { PoliciesRepository } from './policies.repository';
import { PortalPacingRepository } from './portal-pacing.repository';
import { PortalPollsRepository } from './portal-polls.repository';
import { PortalRequestsRepository } from './portal-requests.repository';
import { RetentionRepository } from './retention.repository';
import { SubscriptionsRepository } from './subscriptions.repository';
import { TimersRepository } from './timers.repository';

export interface Repositories {
  analytics: AnalyticsRepository;
  bulkJobs: BulkJobsRepository;
  claims: ClaimsRepository;
  network: NetworkRepository;
  outbox: OutboxRepository;
  inbox: InboxRepository;
  messageAttempts: MessageAttemptsRepository;
  deadLetters: DeadLettersRepository;
  gauges: GaugesRepository;
  heartbeats: HeartbeatsRepository;
  idempotency: IdempotencyRepository;
  policies: PoliciesRepository;
  portalPacing: PortalPacingRepository;
  portalPolls: PortalPollsRepository;
  portalRequests: PortalRequestsRepository;
  retention: RetentionRepository;
  subscriptions: SubscriptionsRepository;
  timers: TimersRepository;
}

/**
 * The repositories on `client`. The statements of the hot path (intake, the consumers' inbox, the
 * outbox) run on `sql`, the same connection without Prisma's query engine, which costs about half
 * a millisecond of CPU a statement here; the bulk paths COPY on it.
 */
export function createRepositories(client: PrismaTx, sql: SqlConnection): Repositories {
  return {
    analytics: new AnalyticsRepository(sql),
    bulkJobs: new BulkJobsRepository(client, sql),
    claims: new ClaimsRepository(client, sql),
    network: new NetworkRepository(client, sql),
    outbox: new OutboxRepository(client, sql),
    inbox: new InboxRepository(sql),
    messageAttempts: new MessageAttemptsRepository(sql),
    deadLetters: new DeadLettersRepository(client),
    gauges: new GaugesRepository(client),
    heartbeats: new HeartbeatsRepository(sql),
    idempotency: new IdempotencyRepository(sql),
    policies: new PoliciesRepository(client),
    portalPacing: new PortalPacingRepository(client),
    portalPolls: new PortalPollsRepository(client),
    portalRequests: new PortalRequestsRepository(client, sql),
    retention: new RetentionRepository(client),
    subscriptions: new SubscriptionsRepository(client, sql),
    timers: new TimersRepository(client, sql),
  };
}

export type { BulkJobsRepository, ClaimsRepository, DeadLettersRepository, GaugesRepository, HeartbeatsRepository, IdempotencyRepository, InboxRepository, MessageAttemptsRepository, NetworkRepository, OutboxRepository, PoliciesRepository, PortalPacingRepository, PortalPollsRepository, PortalRequestsRepository, RetentionRepository, SubscriptionsRepository, TimersRepository };
