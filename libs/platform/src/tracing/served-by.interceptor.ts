import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { ModulesContainer } from '@nestjs/core';
import { trace } from '@opentelemetry/api';
import type { Observable } from 'rxjs';

/** The span attribute naming the hub service (gateway, webhooks) whose controller served a request. */
export const SERVICE_ATTRIBUTE = 'rma_hub.service';

/**
 * Names on each request's SERVER span the app module whose controller served it: in one process
 * (the all-in-one hub) the gateway and the webhook receiver share one HTTP server and one tracer
 * provider, and only the controller tells them apart. `GatewayModule` serves as `gateway`.
 */
export class ServedByInterceptor implements NestInterceptor {
  private readonly serviceOf = new Map<unknown, string>();

  constructor(modules: ModulesContainer) {
    for (const module of modules.values()) {
      const service = /^(\w+)Module$/.exec(module.name)?.[1]?.toLowerCase();
      if (service) for (const controller of module.controllers.keys()) this.serviceOf.set(controller, service);
    }
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const service = this.serviceOf.get(context.getClass());
    if (service) trace.getActiveSpan()?.setAttribute(SERVICE_ATTRIBUTE, service);
    return next.handle();
  }
}
