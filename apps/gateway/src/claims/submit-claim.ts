import { Injectable } from '@nestjs/common';
import { NetworkCache } from '@rma-hub/claim-service';
import { CLAIM_SUBMITTED, type SubmitClaimRequest } from '@rma-hub/contracts';
import { isUniqueViolation, type Repositories } from '@rma-hub/persistence';
import { ClaimError } from '@rma-hub/domain';
import type { Caller } from '../auth/caller';
import { ClaimViews } from './claim-views';
import type { HttpOutcome } from './idempotency';
import { newClaim } from './new-claim';

/** Stores a reseller's well-formed claim as `submitted` and announces it, in one transaction. */
@Injectable()
export class SubmitClaim {
  constructor(
    private readonly views: ClaimViews,
    private readonly network: NetworkCache,
  ) {}

  async execute(tx: Repositories, caller: Caller, input: SubmitClaimRequest): Promise<HttpOutcome> {
    if (caller.role !== 'reseller') {
      throw new ClaimError({ code: 'CLAIM.SUBMITTER_NOT_RESELLER', detail: `Your party (${caller.id}) is a ${caller.role}.` });
    }
    const manufacturer = await this.network.party(tx, input.manufacturer);
    if (manufacturer?.role !== 'manufacturer') {
      const detail = `no manufacturer "${input.manufacturer}" in this network`;
      throw new ClaimError({ code: 'CLAIM.UNKNOWN_MANUFACTURER', detail, errors: [{ pointer: '/manufacturer', detail }] });
    }
    if (!(await this.network.distributorFor(tx, caller.id, manufacturer.id))) {
      throw new ClaimError({
        code: 'CLAIM.NO_ROUTE',
        detail: `No distributor serves ${caller.id} for ${manufacturer.id}; ask your operator to configure a route.`,
        errors: [{ pointer: '/manufacturer', detail: `no route from ${caller.id} to ${manufacturer.id}` }],
      });
    }

    const claim = await tx.claims
      .create(newClaim(input, caller.id))
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          const detail = `you already have a claim with reference ${input.reference}`;
          throw new ClaimError({ code: 'CLAIM.REFERENCE_TAKEN', detail, errors: [{ pointer: '/reference', detail }] });
        }
        throw error;
      });
    await tx.outbox.publish(CLAIM_SUBMITTED, claim.id, {
      claimId: claim.id,
      resellerId: caller.id,
      manufacturerId: manufacturer.id,
      submittedAt: claim.createdAt.toISOString(),
    });
    return { statusCode: 201, body: await this.views.one(tx, caller, claim) };
  }
}
