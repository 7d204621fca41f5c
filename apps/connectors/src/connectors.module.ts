import { Module } from '@nestjs/common';
import axios from 'axios';
import { PORTAL_RMA_REQUESTED } from '@rma-hub/contracts';
import { KafkaConnection } from '@rma-hub/messaging';
import { Database } from '@rma-hub/persistence';
import { ConsumerHost, HUB_CONFIG, LOGGER, type HubConfig, type Logger } from '@rma-hub/platform';
import { GrandstreamAdapter } from './adapters/grandstream.adapter';
import { InnovaphoneAdapter } from './adapters/innovaphone.adapter';
import { UbiquitiAdapter } from './adapters/ubiquiti.adapter';
import { QueuePortalRequest } from './queue-portal-request';
import { PortalPoller } from './portal-poller';
import { PortalRequestWorker } from './portal-request-worker';
import { PortalGuards } from './resilience/portal-guards';
import { PortalAdapters } from './portal-adapter';

export const CONNECTORS_CONSUMER = 'rma-hub.connectors';

/** Manufacturer portal adapters and the outbound calls to them, queued and protected. */
@Module({
  providers: [
    {
      provide: PortalAdapters,
      inject: [HUB_CONFIG],
      useFactory: (config: HubConfig) => {
        const http = axios.create({ timeout: config.portals.timeoutMs });
        return new PortalAdapters([new UbiquitiAdapter(http), new GrandstreamAdapter(http), new InnovaphoneAdapter(http)]);
      },
    },
    PortalGuards,
    QueuePortalRequest,
    PortalRequestWorker,
    PortalPoller,
    {
      provide: ConsumerHost,
      inject: [KafkaConnection, Database, HUB_CONFIG, LOGGER, QueuePortalRequest],
      useFactory: (kafka: KafkaConnection, db: Database, config: HubConfig, logger: Logger, queue: QueuePortalRequest) =>
        new ConsumerHost(CONNECTORS_CONSUMER, { [PORTAL_RMA_REQUESTED]: (event, context) => queue.handle(event, context) }, { kafka, db, config, logger }),
    },
  ],
})
export class ConnectorsModule {}
