import { Module } from '@nestjs/common';
import axios from 'axios';
import { PORTAL_RMA_REQUESTED } from '@rma-hub/contracts';
import { consumerHostProvider, HUB_CONFIG, traceHttpClient, type HubConfig } from '@rma-hub/platform';
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
        const http = traceHttpClient(axios.create({ timeout: config.portals.timeoutMs }), CONNECTORS_CONSUMER);
        return new PortalAdapters([new UbiquitiAdapter(http), new GrandstreamAdapter(http), new InnovaphoneAdapter(http)]);
      },
    },
    PortalGuards,
    QueuePortalRequest,
    PortalRequestWorker,
    PortalPoller,
    consumerHostProvider(CONNECTORS_CONSUMER, [QueuePortalRequest], (queue: QueuePortalRequest) => ({
      [PORTAL_RMA_REQUESTED]: (event, context) => queue.handle(event, context),
    })),
  ],
})
export class ConnectorsModule {}
