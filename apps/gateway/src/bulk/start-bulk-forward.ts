import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { BulkForwardRequest, BulkJobAccepted } from '@rma-hub/contracts';
import type { Repositories } from '@rma-hub/persistence';
import { problem } from '@rma-hub/platform';
import type { Caller } from '../auth/caller';
import type { HttpOutcome } from '../claims/idempotency';

/**
 * `POST /v1/bulk/forward`: stores the claims to forward as a job's lines — the ids given, or the
 * distributor's claims in review that match the filter, grouped by manufacturer — and queues the
 * job. One transaction, so with an Idempotency-Key a repeat answers with the same job.
 */
@Injectable()
export class StartBulkForward {
  async execute(tx: Repositories, caller: Caller, request: BulkForwardRequest): Promise<HttpOutcome> {
    if (caller.role !== 'distributor') throw problem(403, 'BULK.NOT_ALLOWED', 'Only distributors forward claims to manufacturers');
    const jobId = randomUUID();
    await tx.bulkJobs.create({ id: jobId, partyId: caller.id, kind: 'forward', format: request.claims ? 'claims' : 'filter' });
    let received: number;
    if (request.claims) {
      await tx.bulkJobs.appendLines(jobId, request.claims.map((claimId, index) => ({ lineNo: index + 1, payload: { claimId }, parseError: null })));
      received = request.claims.length;
    } else {
      received = await tx.bulkJobs.appendClaimsInReview(jobId, caller.id, request.filter ?? {});
    }
    await tx.bulkJobs.finishReceiving(jobId, received);
    return { statusCode: 202, body: { jobId, received, status: `/v1/bulk/${jobId}` } satisfies BulkJobAccepted };
  }
}
