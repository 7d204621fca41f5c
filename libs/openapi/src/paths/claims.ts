import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { CLAIM_ACTION_BODIES, ClaimAction, ClaimPage, ClaimTimeline, ClaimTimelineQuery, ClaimView, ListClaimsQuery, SerialHistory, SerialHistoryQuery, SubmitClaimRequest } from '@rma-hub/contracts';
import { ACTION_MOVES, type ClaimActionName } from '@rma-hub/domain';
import { AUTHENTICATED, IDEMPOTENT, idempotencyHeader, JSON_BODY, jsonResponse, problemResponses, PATH_PARAMS } from '../responses';

const ClaimIdParam = z.object({ id: z.uuid().meta({ description: 'The claim id; a claim off your chain answers 404, as one that does not exist.' }) });

const pascalCase = (action: string) => action.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
const ACTIONS = Object.keys(CLAIM_ACTION_BODIES) as ClaimActionName[];

/** Each action's body as a named schema, so a client sees what `authorize`, `ship`, … take. */
const ActionBody = z
  .union(ACTIONS.map((action) => CLAIM_ACTION_BODIES[action].meta({ id: `${pascalCase(action)}ActionBody` })))
  .meta({ description: 'The body of the action named in the path (see the table above); an empty object for actions without fields.' });

const actionsTable = [
  '| action | taken by | body |',
  '|---|---|---|',
  ...ACTIONS.map((action) => `| \`${action}\` | ${ACTION_MOVES[action].parties.join(', ')} | \`${pascalCase(action)}ActionBody\` |`),
].join('\n');

export const claimPaths: ZodOpenApiPathsObject = {
  '/v1/claims': {
    post: {
      operationId: 'submitClaim',
      tags: ['Claims'],
      summary: 'Submit a claim (resellers)',
      description: 'Stores a well-formed claim as `submitted` and routes it along the chain. What a policy needs and the claim lacks parks it in `needs_info` later, instead of refusing it here.',
      requestParams: { header: idempotencyHeader },
      requestBody: { required: true, content: { 'application/json': { schema: SubmitClaimRequest } } },
      responses: {
        201: jsonResponse('The claim as stored.', ClaimView),
        ...problemResponses(AUTHENTICATED, JSON_BODY, IDEMPOTENT, ['CLAIM.SUBMITTER_NOT_RESELLER', 'CLAIM.UNKNOWN_MANUFACTURER', 'CLAIM.NO_ROUTE', 'CLAIM.REFERENCE_TAKEN']),
      },
    },
    get: {
      operationId: 'listClaims',
      tags: ['Claims'],
      summary: "The claims on the caller's chain, newest change first",
      description:
        "`reference` matches any party's own number (reseller ticket, distributor RMA, manufacturer RMA, a line's RMA number); `waitingOn=me` keeps the claims waiting on the caller's move; `nextCursor` pages.",
      requestParams: { query: ListClaimsQuery },
      responses: { 200: jsonResponse('One page of claims.', ClaimPage), ...problemResponses(AUTHENTICATED, ['REQUEST.INVALID']) },
    },
  },
  '/v1/claims/{id}': {
    get: {
      operationId: 'getClaim',
      tags: ['Claims'],
      summary: 'A claim, with the call to its portal',
      requestParams: { path: ClaimIdParam },
      responses: { 200: jsonResponse('The claim, with `upstream`.', ClaimView), ...problemResponses(PATH_PARAMS, AUTHENTICATED, ['CLAIM.NOT_FOUND']) },
    },
  },
  '/v1/claims/{id}/events': {
    get: {
      operationId: 'getClaimEvents',
      tags: ['Claims'],
      summary: "A claim's timeline: who moved it, when, from, to, why, and which policy rule decided",
      requestParams: { path: ClaimIdParam, query: ClaimTimelineQuery },
      responses: { 200: jsonResponse('One page of events, oldest first.', ClaimTimeline), ...problemResponses(PATH_PARAMS, AUTHENTICATED, ['REQUEST.INVALID', 'CLAIM.NOT_FOUND']) },
    },
  },
  '/v1/claims/{id}/actions/{action}': {
    post: {
      operationId: 'takeClaimAction',
      tags: ['Claims'],
      summary: 'Take an action on a claim',
      description: `Whoever plays the manufacturer takes its actions (its own key, or the distributor on the chain where it handles that manufacturer); an operator may take any, recorded as such. A refused move says why: 404 off the chain, 403 another party's move, 409 the wrong moment with \`currentStatus\` and \`allowedNext\`.\n\n${actionsTable}`,
      requestParams: { path: ClaimIdParam.extend({ action: ClaimAction }), header: idempotencyHeader },
      requestBody: { required: false, content: { 'application/json': { schema: ActionBody } } },
      responses: {
        200: jsonResponse('The claim as the action left it.', ClaimView),
        ...problemResponses(PATH_PARAMS, AUTHENTICATED, JSON_BODY, IDEMPOTENT, [
          'CLAIM.UNKNOWN_ACTION',
          'CLAIM.NOT_FOUND',
          'CLAIM.ACTION_FORBIDDEN',
          'CLAIM.ACTION_NOT_ALLOWED',
          'CLAIM.UNKNOWN_LINE',
          'CLAIM.RMA_NUMBER_REQUIRED',
          'CLAIM.RMA_NUMBER_TAKEN',
          'CLAIM.DEADLINE_PASSED',
          'CLAIM.NO_POLICY',
        ]),
      },
    },
  },
  '/v1/serials/{serial}/history': {
    get: {
      operationId: 'getSerialHistory',
      tags: ['Claims'],
      summary: "A unit's service history across claims, following replacements",
      description: "Only claims on the caller's chain; an unknown serial has no entries.",
      requestParams: { path: z.object({ serial: z.string() }), query: SerialHistoryQuery },
      responses: { 200: jsonResponse('One page of the claim lines that carried the serial, oldest first.', SerialHistory), ...problemResponses(PATH_PARAMS, AUTHENTICATED, ['REQUEST.INVALID']) },
    },
  },
};
