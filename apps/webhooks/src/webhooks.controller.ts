import { Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import { PORTAL_STATUS_REPORTED, type WebhookReceipt } from '@rma-hub/contracts';
import { Database } from '@rma-hub/persistence';
import { PORTAL_CONTRACTS } from '@rma-hub/portals';
import { FailedAuthentications, fieldErrors, HUB_CONFIG, notFound, problem, ProblemException, type HubConfig } from '@rma-hub/platform';
import { refuseBadEnvelope, verifySignature } from './verify-signature';

/** A portal's status event is a few hundred bytes; anything near this is not one, and is refused before it is read whole. */
export const WEBHOOK_BODY_LIMIT_BYTES = 64 * 1024;

/** Status updates pushed by manufacturer portals, signed per Standard Webhooks; failed signatures rate-limited per client. */
@Controller('v1/webhooks')
export class WebhooksController {
  private readonly failures: FailedAuthentications;

  constructor(
    private readonly db: Database,
    @Inject(HUB_CONFIG) config: HubConfig,
  ) {
    this.failures = new FailedAuthentications(config.auth.failuresPerMinute);
  }

  @Post(':manufacturer')
  @HttpCode(200)
  @RouteConfig({ bodyLimit: WEBHOOK_BODY_LIMIT_BYTES })
  async receive(@Param('manufacturer') manufacturer: string, @Req() request: RawBodyRequest<FastifyRequest>): Promise<WebhookReceipt> {
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    await this.failures.refuseIfExhausted(request.ip);
    const { contract, parseWebhook } = await this.authenticate(request, manufacturer, headers);
    const webhookId = headers['webhook-id'] ?? '';

    const update = parseOrProblem(() => parseWebhook(request.body));
    const status = contract.toCanonical(update.portalStatus);
    if (!status) throw problem(422, 'WEBHOOK.UNKNOWN_STATUS', `Unknown ${contract.adapter} status ${update.portalStatus}`);
    const covered = await this.db.repositories.claims.findByUpstreamRma(manufacturer, update.rmaNumber);
    if (!covered) {
      throw problem(422, 'WEBHOOK.UNKNOWN_RMA', `No claim line carries ${manufacturer} RMA ${update.rmaNumber}`);
    }

    // A redelivery of an id already applied is acknowledged (so the sender stops retrying) and changes nothing.
    // The claim's lock orders this report behind any other writer of the claim, so the outbox
    // announces the claim's reports in the order they commit.
    return this.db.transaction(async (tx) => {
      await tx.claims.lockRow(covered.claimId);
      if (!(await tx.inbox.markProcessed(`webhooks.${manufacturer}`, webhookId))) return { accepted: false, duplicate: true };
      await tx.outbox.publish(PORTAL_STATUS_REPORTED, covered.claimId, {
        manufacturerId: manufacturer,
        rmaNumber: update.rmaNumber,
        portalStatus: update.portalStatus,
        status,
        ...(contract.toResolution(update.portalStatus) ? { resolution: contract.toResolution(update.portalStatus) } : {}),
        ...(update.replacementSerial ? { replacementSerial: update.replacementSerial } : {}),
        occurredAt: update.occurredAt,
        source: 'webhook',
      });
      return { accepted: true, duplicate: false };
    });
  }

  /** The sender's signature checked against the manufacturer's secrets; every 401 counts as a failed authentication. */
  private async authenticate(request: RawBodyRequest<FastifyRequest>, manufacturer: string, headers: Record<string, string>) {
    try {
      refuseBadEnvelope(headers);
      const channel = await this.db.repositories.network.channel(manufacturer);
      const contract = channel?.adapter ? PORTAL_CONTRACTS[channel.adapter] : undefined;
      const parseWebhook = contract?.parseWebhook;
      if (!channel || !contract || !parseWebhook || channel.webhookSecrets.length === 0) throw notFound('Webhook endpoint');
      verifySignature(request.rawBody ?? Buffer.alloc(0), headers, channel.webhookSecrets);
      return { contract, parseWebhook };
    } catch (error) {
      if (error instanceof ProblemException && error.problem.status === 401) await this.failures.count(request.ip);
      throw error;
    }
  }
}

function parseOrProblem<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw problem(400, 'WEBHOOK.PAYLOAD_INVALID', 'The webhook body does not match the portal contract', {
      errors: fieldErrors(error as ZodError),
    });
  }
}
