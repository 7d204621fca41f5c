import { Injectable } from '@nestjs/common';
import { CLAIM_SUBMITTED, type SubmitClaimRequest } from '@rma-hub/contracts';
import { isUniqueViolation, type Repositories } from '@rma-hub/persistence';
import { problem } from '@rma-hub/platform';
import type { Caller } from '../auth/caller';
import { ClaimViews } from './claim-views';
import type { HttpOutcome } from './idempotency';
import { newClaim } from './new-claim';

/** Stores a reseller's well-formed claim as `submitted` and announces it, in one transaction. */
@Injectable()
export class SubmitClaim {
  constructor(private readonly views: ClaimViews) {}

  async execute(tx: Repositories, caller: Caller, input: SubmitClaimRequest): Promise<HttpOutcome> {
    if (caller.role !== 'reseller') {
      throw problem(403, 'CLAIM.SUBMITTER_NOT_RESELLER', 'Only resellers submit claims', {
        detail: `Your party (${caller.id}) is a ${caller.role}.`,
      });
    }
    const manufacturer = await tx.network.party(input.manufacturer);
    if (manufacturer?.role !== 'manufacturer') {
      throw problem(422, 'CLAIM.UNKNOWN_MANUFACTURER', 'Unknown manufacturer', {
        errors: [{ pointer: '/manufacturer', detail: `no manufacturer "${input.manufacturer}" in this network` }],
      });
    }
    if (!(await tx.network.distributorFor(caller.id, manufacturer.id))) {
      throw problem(422, 'CLAIM.NO_ROUTE', 'No route to this manufacturer', {
        detail: `No distributor serves ${caller.id} for ${manufacturer.id}; ask your operator to configure a route.`,
        errors: [{ pointer: '/manufacturer', detail: `no route from ${caller.id} to ${manufacturer.id}` }],
      });
    }

    const claim = await tx.claims
      .create(newClaim(input, caller.id))
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw problem(409, 'CLAIM.REFERENCE_TAKEN', 'Reference already used', {
            errors: [{ pointer: '/reference', detail: `you already have a claim with reference ${input.reference}` }],
          });
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
