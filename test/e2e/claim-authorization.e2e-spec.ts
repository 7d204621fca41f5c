import { CLAIM_STATUSES, type ClaimStatus } from '@rma-hub/contracts';
import { CLAIM_ACTIONS, type ClaimActionName } from '@rma-hub/domain';
import { apiAs, DEMO_CLAIM as demoClaim, eventually, useTestHub, VALID_ACTION_BODIES } from '@rma-hub/testing';

/**
 * Who may take which move on a claim, and when (SPEC §2 "Which party may take which action", §4):
 * every claim action × every party role × on and off the claim's chain, through the public API.
 *   off the chain                            → 404 CLAIM.NOT_FOUND, and nothing about the claim
 *   on the chain, but another party's move   → 403 CLAIM.ACTION_FORBIDDEN
 *   the move's party (or the operator), but
 *   not in this status                       → 409 CLAIM.ACTION_NOT_ALLOWED with currentStatus, allowedNext
 *   otherwise                                → 200, recorded under the party's role (the operator's as 'operator')
 * A refused move changes nothing. Every expectation below is written out from the spec, never read
 * from the product's own table of moves (ACTION_MOVES); only the list of action names comes from it.
 */

/** How a caller stands to a claim. Which party plays each relation depends on the claim's chain (see the casts). */
const RELATIONS = ['reseller', 'otherReseller', 'distributor', 'otherDistributor', 'manufacturer', 'operator'] as const;
type Relation = (typeof RELATIONS)[number];
type Outcome = 200 | 403 | 404 | 409;
/** One outcome per relation, in the order of RELATIONS. */
type GridRow = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
type Grid = Record<ClaimActionName, GridRow>;

/** An ad notam claim (channel hub: ad-notam takes its own moves) from reseller-alpha via distri-west. */
const AD_NOTAM_CAST: Record<Relation, string> = {
  reseller: 'reseller-alpha',
  otherReseller: 'reseller-bravo',
  distributor: 'distri-west',
  otherDistributor: 'distri-east',
  manufacturer: 'ad-notam',
  operator: 'hub-operator',
};
/** A Ubiquiti claim (channel portal) on the same chain: ad-notam is a manufacturer off this chain, Ubiquiti has no key. */
const UBIQUITI_CAST: Record<Relation, string> = { ...AD_NOTAM_CAST };
/** A Ubiquiti claim from reseller-charlie via distri-east, which reviews its claims before forwarding them. */
const IN_REVIEW_CAST: Record<Relation, string> = {
  reseller: 'reseller-charlie',
  otherReseller: 'reseller-alpha',
  distributor: 'distri-east',
  otherDistributor: 'distri-west',
  manufacturer: 'ad-notam',
  operator: 'hub-operator',
};

// The ad notam claim at `forwarded`.
//                         reseller  other     distri-  other      ad-notam  operator
//                         -alpha    reseller  west     distrib.
const AD_NOTAM_AT_FORWARDED: Grid = {
  cancel:                 [200,      404,      403,     404,       403,      200],
  'add-info':             [409,      404,      403,     404,       403,      409],
  ship:                   [409,      404,      403,     404,       403,      409],
  'approve-quote':        [409,      404,      403,     404,       403,      409],
  'reject-quote':         [409,      404,      403,     404,       403,      409],
  forward:                [403,      404,      409,     404,       403,      409],
  authorize:              [403,      404,      403,     404,       200,      200],
  'request-info':         [403,      404,      403,     404,       200,      200],
  reject:                 [403,      404,      403,     404,       200,      200],
  receive:                [403,      404,      403,     404,       200,      200],
  quote:                  [403,      404,      403,     404,       409,      409],
  'start-repair':         [403,      404,      403,     404,       409,      409],
  resolve:                [403,      404,      403,     404,       409,      409],
  'ship-back':            [403,      404,      403,     404,       409,      409],
  close:                  [403,      404,      403,     404,       409,      409],
};

// The Ubiquiti claim at `authorized`: its manufacturer's moves come only from its portal, so distri-west,
// on the chain, gets 403 for them; ad-notam is off this chain; the operator may take any move.
//                         reseller  other     distri-  other      ad-notam  operator
//                         -alpha    reseller  west     distrib.   (off)
const UBIQUITI_AT_AUTHORIZED: Grid = {
  cancel:                 [200,      404,      403,     404,       404,      200],
  'add-info':             [409,      404,      403,     404,       404,      409],
  ship:                   [200,      404,      403,     404,       404,      200],
  'approve-quote':        [409,      404,      403,     404,       404,      409],
  'reject-quote':         [409,      404,      403,     404,       404,      409],
  forward:                [403,      404,      409,     404,       404,      409],
  authorize:              [403,      404,      403,     404,       404,      409],
  'request-info':         [403,      404,      403,     404,       404,      409],
  reject:                 [403,      404,      403,     404,       404,      409],
  receive:                [403,      404,      403,     404,       404,      200],
  quote:                  [403,      404,      403,     404,       404,      409],
  'start-repair':         [403,      404,      403,     404,       404,      409],
  resolve:                [403,      404,      403,     404,       404,      409],
  'ship-back':            [403,      404,      403,     404,       404,      409],
  close:                  [403,      404,      403,     404,       404,      409],
};

// The Ubiquiti claim waiting in `in_review` at distri-east.
//                         reseller  reseller  distri-  distri-    ad-notam  operator
//                         -charlie  -alpha    east     west       (off)
const UBIQUITI_IN_REVIEW: Grid = {
  cancel:                 [200,      404,      403,     404,       404,      200],
  'add-info':             [409,      404,      403,     404,       404,      409],
  ship:                   [409,      404,      403,     404,       404,      409],
  'approve-quote':        [409,      404,      403,     404,       404,      409],
  'reject-quote':         [409,      404,      403,     404,       404,      409],
  forward:                [403,      404,      200,     404,       404,      200],
  authorize:              [403,      404,      403,     404,       404,      409],
  'request-info':         [403,      404,      403,     404,       404,      409],
  reject:                 [403,      404,      403,     404,       404,      409],
  receive:                [403,      404,      403,     404,       404,      409],
  quote:                  [403,      404,      403,     404,       404,      409],
  'start-repair':         [403,      404,      403,     404,       404,      409],
  resolve:                [403,      404,      403,     404,       404,      409],
  'ship-back':            [403,      404,      403,     404,       404,      409],
  close:                  [403,      404,      403,     404,       404,      409],
};

/** Whose move each action is (SPEC §4); an operator may take any. */
const PARTY_OF: Record<ClaimActionName, 'reseller' | 'distributor' | 'manufacturer'> = {
  cancel: 'reseller',
  'add-info': 'reseller',
  ship: 'reseller',
  'approve-quote': 'reseller',
  'reject-quote': 'reseller',
  forward: 'distributor',
  authorize: 'manufacturer',
  'request-info': 'manufacturer',
  reject: 'manufacturer',
  receive: 'manufacturer',
  quote: 'manufacturer',
  'start-repair': 'manufacturer',
  resolve: 'manufacturer',
  'ship-back': 'manufacturer',
  close: 'manufacturer',
};

/** The statuses in which each move may be made (issue 9). */
const TAKEN_IN: Record<ClaimActionName, readonly ClaimStatus[]> = {
  cancel: ['submitted', 'needs_info', 'in_review', 'forwarded', 'authorized'],
  'add-info': ['needs_info'],
  ship: ['authorized'],
  'approve-quote': ['quote_pending'],
  'reject-quote': ['quote_pending'],
  forward: ['in_review'],
  authorize: ['forwarded'],
  'request-info': ['forwarded'],
  reject: ['forwarded', 'received'],
  receive: ['forwarded', 'authorized', 'in_transit'],
  quote: ['received', 'quote_pending'],
  'start-repair': ['received'],
  resolve: ['received', 'repairing'],
  'ship-back': ['resolved', 'rejected'],
  close: ['resolved', 'shipped_back', 'rejected'],
};

/** Where each accepted move leaves the claims of this file (add-info: back to forwarded, where request-info parked it). */
const LEADS_TO: Record<ClaimActionName, ClaimStatus> = {
  cancel: 'cancelled',
  'add-info': 'forwarded',
  ship: 'in_transit',
  'approve-quote': 'repairing',
  'reject-quote': 'shipped_back',
  forward: 'forwarded',
  authorize: 'authorized',
  'request-info': 'needs_info',
  reject: 'rejected',
  receive: 'received',
  quote: 'quote_pending',
  'start-repair': 'repairing',
  resolve: 'resolved',
  'ship-back': 'shipped_back',
  close: 'closed',
};

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);


/** The ad notam statuses reached through the API and the moves, by relation, that lead there from `forwarded`. */
type AdNotamStatus = 'forwarded' | 'needs_info' | 'authorized' | 'in_transit' | 'received' | 'quote_pending' | 'repairing' | 'resolved' | 'shipped_back' | 'rejected' | 'closed' | 'cancelled';
type Step = readonly [Relation, ClaimActionName];
const TO_AUTHORIZED: Step[] = [['manufacturer', 'authorize']];
const TO_RECEIVED: Step[] = [...TO_AUTHORIZED, ['reseller', 'ship'], ['manufacturer', 'receive']];
const TO_REPAIRING: Step[] = [...TO_RECEIVED, ['manufacturer', 'start-repair']];
const TO_RESOLVED: Step[] = [...TO_REPAIRING, ['manufacturer', 'resolve']];
const PATH_TO: Record<AdNotamStatus, Step[]> = {
  forwarded: [],
  needs_info: [['manufacturer', 'request-info']],
  authorized: TO_AUTHORIZED,
  in_transit: [...TO_AUTHORIZED, ['reseller', 'ship']],
  received: TO_RECEIVED,
  quote_pending: [...TO_RECEIVED, ['manufacturer', 'quote']],
  repairing: TO_REPAIRING,
  resolved: TO_RESOLVED,
  shipped_back: [...TO_RESOLVED, ['manufacturer', 'ship-back']],
  closed: [...TO_RESOLVED, ['manufacturer', 'close']],
  rejected: [['manufacturer', 'reject']],
  cancelled: [['reseller', 'cancel']],
};

/** The rule behind the grids, for an ad notam claim in any status. */
function adNotamOutcome(status: ClaimStatus) {
  return (action: ClaimActionName, relation: Relation): Outcome => {
    if (relation === 'otherReseller' || relation === 'otherDistributor') return 404;
    if (relation !== 'operator' && relation !== PARTY_OF[action]) return 403;
    return TAKEN_IN[action].includes(status) ? 200 : 409;
  };
}

const fromGrid = (grid: Grid) => (action: ClaimActionName, relation: Relation): Outcome => grid[action][RELATIONS.indexOf(relation)]!;

describe('who may take which move on a claim, and when', () => {
  const testHub = useTestHub();
  const as = (partyId: string) => apiAs(testHub().url, testHub().keyOf(partyId));
  const operator = () => as('hub-operator');
  let claimNo = 0;

  const statusOf = async (id: string) => (await operator().get(`/v1/claims/${id}`)).body.status as string;
  const reach = (id: string, status: string) => eventually(async () => expect(await statusOf(id)).toBe(status));

  const submit = async (partyId: string, claim: object, routedTo: ClaimStatus) => {
    const submitted = await as(partyId).post('/v1/claims', claim);
    expect(submitted.status).toBe(201);
    const id: string = submitted.body.id;
    await reach(id, routedTo);
    return id;
  };

  const adNotamClaim = (n: number) => ({
    reference: `AUTHZ-AN-${n}`,
    manufacturer: 'ad-notam',
    returnReason: 'defective',
    failureDescription: 'The display stays black after power-on; checked with a second power adapter.',
    purchaseDate: daysAgo(60),
    proofOfPurchase: `INV-AUTHZ-${n}`,
    dealer: 'Alpha Networks',
    contact: { name: 'Dana Reyes', email: 'dana.reyes@example.com', phone: '+33 1 23 45 67 89' },
    lines: [{ serial: `AN-AUTHZ-${n}`, model: 'AN-2700' }],
  });

  /** A fresh ad notam claim driven through the API, each party taking its move in turn, to `status`. */
  async function claimAt(status: AdNotamStatus): Promise<string> {
    claimNo += 1;
    const id = await submit('reseller-alpha', adNotamClaim(claimNo), 'forwarded');
    for (const [relation, action] of PATH_TO[status]) {
      const moved = await as(AD_NOTAM_CAST[relation]).post(`/v1/claims/${id}/actions/${action}`, VALID_ACTION_BODIES[action]);
      expect({ step: action, status: moved.status, body: moved.body }).toMatchObject({ step: action, status: 200, body: { status: LEADS_TO[action] } });
    }
    expect(await statusOf(id)).toBe(status);
    return id;
  }

  async function ubiquitiAuthorized(): Promise<string> {
    claimNo += 1;
    return submit('reseller-alpha', { ...demoClaim, reference: `AUTHZ-UI-${claimNo}`, lines: [{ serial: `UI-AUTHZ-${claimNo}`, model: 'U6-Pro' }] }, 'authorized');
  }

  async function ubiquitiInReview(): Promise<string> {
    claimNo += 1;
    const claim = { ...demoClaim, reference: `AUTHZ-CH-${claimNo}`, dealer: 'Charlie Systems', lines: [{ serial: `UI-REVIEW-${claimNo}`, model: 'U6-Pro' }] };
    return submit('reseller-charlie', claim, 'in_review');
  }

  interface Scene {
    title: string;
    status: ClaimStatus;
    cast: Record<Relation, string>;
    /** A new claim in this status: every accepted move changes its claim, so each gets its own. */
    fresh(): Promise<string>;
    expected(action: ClaimActionName, relation: Relation): Outcome;
  }

  const adNotamScene = (status: AdNotamStatus, expected = adNotamOutcome(status)): Scene => ({
    title: `an ad notam claim at ${status}`,
    status,
    cast: AD_NOTAM_CAST,
    fresh: () => claimAt(status),
    expected,
  });

  /** The claims refused moves are tried on, one per scene, built on first use and shared (a refusal changes nothing). */
  const sharedClaims = new Map<string, Promise<string>>();
  const sharedClaim = (scene: Scene) => {
    if (!sharedClaims.has(scene.title)) sharedClaims.set(scene.title, scene.fresh());
    return sharedClaims.get(scene.title)!;
  };

  /** What a refused move must leave exactly as it was. */
  async function snapshot(id: string) {
    const claim = (await operator().get(`/v1/claims/${id}`)).body;
    const events = (await operator().get(`/v1/claims/${id}/events`)).body.events as unknown[];
    const { status, updatedAt, lines, charges, quote, shipment, returnShipment, resolution, references, warranty } = claim;
    return { status, updatedAt, timelineEvents: events.length, lines, charges, quote, shipment, returnShipment, resolution, references, warranty };
  }

  const NO_SUCH_CLAIM = '00000000-0000-4000-8000-000000000000';

  /**
   * Off its chain a claim is indistinguishable from one that does not exist: the bare problem, naming
   * nothing but the path the caller asked for, exactly as for a claim id nobody ever used.
   */
  async function expectNotFound(response: { status: number; body: unknown }, path: string, id: string, askAgain: (path: string) => Promise<{ status: number; body: unknown }>) {
    expect({ status: response.status, body: response.body }).toEqual({
      status: 404,
      body: { type: expect.any(String), title: 'Claim not found', status: 404, code: 'CLAIM.NOT_FOUND', instance: path },
    });
    const missing = await askAgain(path.replace(id, NO_SUCH_CLAIM));
    expect({ status: missing.status, body: { ...(missing.body as object), instance: path } }).toEqual({ status: 404, body: response.body });
  }

  async function tryMove(scene: Scene, action: ClaimActionName, relation: Relation, expected: Outcome) {
    const caller = scene.cast[relation];
    const id = expected === 200 ? await scene.fresh() : await sharedClaim(scene);
    const before = await snapshot(id);
    const path = `/v1/claims/${id}/actions/${action}`;
    const response = await as(caller).post(path, VALID_ACTION_BODIES[action]);
    const answer = { status: response.status, body: response.body };

    if (expected === 200) {
      expect(answer).toMatchObject({ status: 200, body: { id, status: LEADS_TO[action], allowedActions: expect.any(Array) } });
      const events = (await operator().get(`/v1/claims/${id}/events`)).body.events as { actor: { role: string; partyId: string | null } }[];
      expect(events.length).toBeGreaterThan(before.timelineEvents);
      const actor = relation === 'operator' ? { role: 'operator', partyId: 'hub-operator' } : { role: PARTY_OF[action], partyId: caller };
      expect(events.slice(before.timelineEvents).map((event) => event.actor)).toContainEqual(expect.objectContaining(actor));
      return;
    }

    if (expected === 404) {
      await expectNotFound(response, path, id, (other) => as(caller).post(other, VALID_ACTION_BODIES[action]));
    } else if (expected === 403) {
      expect(answer).toMatchObject({ status: 403, body: { status: 403, code: 'CLAIM.ACTION_FORBIDDEN' } });
    } else {
      expect(answer).toMatchObject({ status: 409, body: { status: 409, code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: scene.status, allowedNext: expect.any(Array) } });
      expect(CLAIM_STATUSES).toEqual(expect.arrayContaining(response.body.allowedNext));
    }
    // A refused move changes nothing.
    expect(await snapshot(id)).toEqual(before);
  }

  const sorted = (actions: readonly string[]) => [...actions].sort();

  function describeScene(scene: Scene) {
    describe(scene.title, () => {
      const rows = CLAIM_ACTIONS.flatMap((action) => RELATIONS.map((relation) => ({ action, relation, caller: scene.cast[relation], expected: scene.expected(action, relation) })));

      it.each(rows)('$action by $caller ($relation) → $expected', ({ action, relation, expected }) => tryMove(scene, action, relation, expected));

      it.each([...RELATIONS])('shows %s exactly the moves that answer 200, or nothing of the claim off its chain', async (relation) => {
        const id = await sharedClaim(scene);
        const caller = as(scene.cast[relation]);
        const view = await caller.get(`/v1/claims/${id}`);
        if (CLAIM_ACTIONS.every((action) => scene.expected(action, relation) === 404)) {
          await expectNotFound(view, `/v1/claims/${id}`, id, (other) => caller.get(other));
          return;
        }
        expect(view.status).toBe(200);
        expect(sorted(view.body.allowedActions)).toEqual(sorted(CLAIM_ACTIONS.filter((action) => scene.expected(action, relation) === 200)));
      });
    });
  }

  const AT_FORWARDED = adNotamScene('forwarded', fromGrid(AD_NOTAM_AT_FORWARDED));
  const UBIQUITI_SCENE: Scene = { title: 'a Ubiquiti (portal) claim at authorized', status: 'authorized', cast: UBIQUITI_CAST, fresh: ubiquitiAuthorized, expected: fromGrid(UBIQUITI_AT_AUTHORIZED) };
  const IN_REVIEW_SCENE: Scene = { title: 'a Ubiquiti claim in review at distri-east', status: 'in_review', cast: IN_REVIEW_CAST, fresh: ubiquitiInReview, expected: fromGrid(UBIQUITI_IN_REVIEW) };

  it('has a row for every action the API takes', () => {
    for (const table of [AD_NOTAM_AT_FORWARDED, UBIQUITI_AT_AUTHORIZED, UBIQUITI_IN_REVIEW, PARTY_OF, TAKEN_IN, LEADS_TO, VALID_ACTION_BODIES]) {
      expect(sorted(Object.keys(table))).toEqual(sorted(CLAIM_ACTIONS));
    }
  });

  describeScene(AT_FORWARDED);
  describeScene(UBIQUITI_SCENE);
  describeScene(IN_REVIEW_SCENE);

  // Every other status an ad notam claim reaches through the API, by the rule the grids follow.
  // (submitted lasts only until routing; expired and scrapped are reached by timers, not by a move.)
  for (const status of ['needs_info', 'authorized', 'in_transit', 'received', 'quote_pending', 'repairing', 'resolved', 'shipped_back', 'rejected', 'closed', 'cancelled'] as const) {
    describeScene(adNotamScene(status));
  }

  describe('in particular', () => {
    it('on a forwarded ad notam claim: the reseller may cancel, ad-notam decide, distri-west nothing, the operator all of those', async () => {
      const id = await sharedClaim(AT_FORWARDED);
      const allowed = async (partyId: string) => sorted((await as(partyId).get(`/v1/claims/${id}`)).body.allowedActions);
      expect(await allowed('reseller-alpha')).toEqual(['cancel']);
      expect(await allowed('ad-notam')).toEqual(sorted(['authorize', 'request-info', 'reject', 'receive']));
      expect(await allowed('distri-west')).toEqual([]);
      expect(await allowed('hub-operator')).toEqual(sorted(['cancel', 'authorize', 'request-info', 'reject', 'receive']));
    });

    it("records the operator's move with actor role operator", async () => {
      const id = await claimAt('forwarded');
      const authorized = await operator().post(`/v1/claims/${id}/actions/authorize`, {});
      expect(authorized.body.status).toBe('authorized');
      const event = (await operator().get(`/v1/claims/${id}/events`)).body.events.find((candidate: { to: string }) => candidate.to === 'authorized');
      expect(event.actor).toEqual({ role: 'operator', partyId: 'hub-operator' });
      expect((await as('reseller-alpha').get(`/v1/claims/${id}/events`)).body.events.at(-1).actor.role).toBe('operator');
    });

    it("refuses a portal manufacturer's moves to the distributor on its chain (403), though it sees the claim", async () => {
      const id = await sharedClaim(UBIQUITI_SCENE);
      expect((await as('distri-west').get(`/v1/claims/${id}`)).status).toBe(200);
      const before = await snapshot(id);
      const authorize = await as('distri-west').post(`/v1/claims/${id}/actions/authorize`, { rmaNumber: 'DW-FAKE-1' });
      expect(authorize.body).toMatchObject({ status: 403, code: 'CLAIM.ACTION_FORBIDDEN', detail: expect.stringContaining('portal') });
      expect(await snapshot(id)).toEqual(before);
    });
  });
});
