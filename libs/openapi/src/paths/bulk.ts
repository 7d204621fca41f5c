import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { BulkForwardRequest, BulkJobAccepted, BulkJobList, BulkJobQuery, BulkJobsQuery, BulkJobView, BulkOutcomesQuery, ForwardOutcomePage } from '@rma-hub/contracts';
import { AUTHENTICATED, IDEMPOTENT, idempotencyHeader, JSON_BODY, jsonResponse, locationHeader, problemResponses, PATH_PARAMS } from '../responses';

const JobIdParam = z.object({ jobId: z.uuid() });

const CLAIMS_FILE = z.string().meta({
  description:
    'NDJSON: one claim per line, as POST /v1/claims takes it (a distributor adds `reseller`). CSV: a header row of reference, reseller, manufacturer, returnReason, failureDescription, purchaseDate, deliveredOn, proofOfPurchase, dealer, supportTicket, portalAccountId, contactName, contactEmail, contactPhone, serial, model, macId, category; one single-line claim per row.',
});

export const bulkPaths: ZodOpenApiPathsObject = {
  '/v1/bulk/claims': {
    post: {
      operationId: 'importClaims',
      tags: ['Bulk'],
      summary: 'Import a file of claims (resellers, distributors)',
      description:
        'The file is streamed and stored line by line, then processed in the background; follow the job at its URL. Bad lines are reported per line and never stop the others (an NDJSON line over BULK_MAX_LINE_BYTES, a NUL character, a quote never closed in CSV). A file over BULK_MAX_UPLOAD_BYTES or BULK_MAX_LINES, or a CSV record over BULK_MAX_LINE_BYTES, is refused whole with 413. The same Idempotency-Key with the same file answers with the same job; with another file, 422; while the first upload is still being received, 409.',
      requestParams: { header: idempotencyHeader },
      requestBody: { required: true, content: { 'application/x-ndjson': { schema: CLAIMS_FILE }, 'text/csv': { schema: CLAIMS_FILE } } },
      responses: {
        202: jsonResponse('The file is stored; the job is queued.', BulkJobAccepted, locationHeader),
        // A body sent as JSON is parsed (and refused) by the framework before the route sees it.
        ...problemResponses(AUTHENTICATED, JSON_BODY, IDEMPOTENT, [
          'IDEMPOTENCY.IN_PROGRESS',
          'REQUEST.UNSUPPORTED_MEDIA_TYPE',
          'BULK.UNSUPPORTED_MEDIA_TYPE',
          'BULK.NOT_ALLOWED',
          'BULK.UPLOAD_TOO_LARGE',
          'BULK.TOO_MANY_LINES',
          'BULK.LINE_TOO_LARGE',
        ]),
      },
    },
  },
  '/v1/bulk/forward': {
    post: {
      operationId: 'forwardClaims',
      tags: ['Bulk'],
      summary: 'Forward many claims under review to their manufacturers (distributors)',
      description:
        'By ids, or by a filter over the claims under review as they stand when the request arrives. Each claim is forwarded exactly as `actions/forward` would, or refused with the reason.',
      requestParams: { header: idempotencyHeader },
      requestBody: { required: true, content: { 'application/json': { schema: BulkForwardRequest } } },
      responses: {
        202: jsonResponse('The claims to forward are stored; the job is queued.', BulkJobAccepted, locationHeader),
        ...problemResponses(AUTHENTICATED, JSON_BODY, IDEMPOTENT, ['BULK.NOT_ALLOWED']),
      },
    },
  },
  '/v1/bulk': {
    get: {
      operationId: 'listBulkJobs',
      tags: ['Bulk'],
      summary: "The caller's own bulk jobs (imports and forwards), newest first",
      requestParams: { query: BulkJobsQuery },
      responses: { 200: jsonResponse('One page of jobs, without their line errors (read those from each job).', BulkJobList), ...problemResponses(AUTHENTICATED, ['REQUEST.INVALID']) },
    },
  },
  '/v1/bulk/{jobId}': {
    get: {
      operationId: 'getBulkJob',
      tags: ['Bulk'],
      summary: "A job's state, counts and progress, with its line errors a page at a time",
      requestParams: { path: JobIdParam, query: BulkJobQuery },
      responses: { 200: jsonResponse('The job; a forward adds its outcomes per manufacturer.', BulkJobView), ...problemResponses(PATH_PARAMS, AUTHENTICATED, ['REQUEST.INVALID', 'BULK_JOB.NOT_FOUND']) },
    },
  },
  '/v1/bulk/{jobId}/outcomes': {
    get: {
      operationId: 'getBulkForwardOutcomes',
      tags: ['Bulk'],
      summary: "A forward's outcome per claim, with where the claim stands now",
      requestParams: { path: JobIdParam, query: BulkOutcomesQuery },
      responses: { 200: jsonResponse('One page of outcomes, by line.', ForwardOutcomePage), ...problemResponses(PATH_PARAMS, AUTHENTICATED, ['REQUEST.INVALID', 'BULK_JOB.NOT_FOUND']) },
    },
  },
};
