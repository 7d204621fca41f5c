import { Module } from '@nestjs/common';
import axios from 'axios';
import { HUB_CONFIG, traceHttpClient, type HubConfig } from '@rma-hub/platform';
import { GrandstreamAdapter } from './adapters/grandstream.adapter';
import { InnovaphoneAdapter } from './adapters/innovaphone.adapter';
import { UbiquitiAdapter } from './adapters/ubiquiti.adapter';
import { CONNECTORS_CONSUMER } from './connectors-inbox';
import { QueuePortalRequest } from './queue-portal-request';
import { PortalPoller } from './portal-poller';
import { PortalRequestWorker } from './portal-request-worker';
import { PortalGuards } from './resilience/portal-guards';
import { PortalAdapters } from './portal-adapter';

/** Manufacturer portal adapters and the outbound calls to them, queued and protected. */
@Module({
  controllers: [QueuePortalRequest],
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
    PortalRequestWorker,
    PortalPoller,
  ],
})
export class ConnectorsModule {}
