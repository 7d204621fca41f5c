import 'reflect-metadata';
import { CONNECTORS_CONSUMER } from '../../connectors/src/connectors-inbox';
import { ConnectorsModule } from '../../connectors/src/connectors.module';
import { GatewayModule } from '../../gateway/src/gateway.module';
import { NOTIFIER_CONSUMER } from '../../notifier/src/notifier-inbox';
import { NotifierModule } from '../../notifier/src/notifier.module';
import { ROUTER_CONSUMER } from '../../router/src/router-inbox';
import { RouterModule } from '../../router/src/router.module';
import { WebhooksModule } from '../../webhooks/src/webhooks.module';
import { startService, type HubConfig, type RunningService } from '@rma-hub/platform';

/** Every hub service in one process, for a laptop, the demo and the tests. They still talk only over Kafka. */
export interface HubModules {
  gateway: boolean;
  webhooks: boolean;
  router: boolean;
  connectors: boolean;
  notifier: boolean;
}

export const ALL_MODULES: HubModules = { gateway: true, webhooks: true, router: true, connectors: true, notifier: true };

export function startHub(config: HubConfig, modules: HubModules = ALL_MODULES): Promise<RunningService> {
  const selected = [
    modules.gateway && GatewayModule,
    modules.webhooks && WebhooksModule,
    modules.router && RouterModule,
    modules.connectors && ConnectorsModule,
    modules.notifier && NotifierModule,
  ].filter((module) => module !== false);
  const consumers = [modules.router && ROUTER_CONSUMER, modules.connectors && CONNECTORS_CONSUMER, modules.notifier && NOTIFIER_CONSUMER].filter((name) => name !== false);
  const services = Object.entries(modules).filter(([, on]) => on).map(([service]) => service);
  return startService({ name: 'hub', config, modules: selected, consumers, services });
}
