import fc from 'fast-check';
import {
  CLAIM_ACTION_BODIES,
  CLAIM_STATUSES,
  CLAIM_STATUS_CHANGED,
  PolicyDocument,
  RESOLUTIONS,
  type ActorRole,
  type ClaimStatus,
  type PolicyDocumentInput,
  type Resolution,
  type ReturnReason,
} from '@rma-hub/contracts';
import { CLAIM_LIFECYCLE, isBehind, isFinal, nextStatuses } from '../claim-lifecycle';
import type { EffectivePolicy } from '../policy';
import { CLAIM_ERROR_CODES } from './claim-errors';
import type { ChannelState, ClaimLineState, ClaimState } from './claim-state';
import { allowedActions, decideClaim, type ClaimCommand } from './decide-claim';
import { TIMER_KINDS, type ClaimDecision, type ClaimEffect, type TimerKind } from './effects';
import { CLAIM_ACTIONS, type ClaimActionName } from './moves/actions';
import { standingOf, type CallerState } from './parties';

// ---------------------------------------------------------------------------------------------
// The world: a fixed day, the demo chain, the seed policies, the three channels.
// ---------------------------------------------------------------------------------------------

const NOW = new Date('2026-12-02T10:00:00.000Z');
const CLAIM_ID = '7c1e3a52-9b0d-4f6e-8a21-3d5c9e0f1a42';
const MANUFACTURER = 'ad-notam';
const DISTRIBUTOR = 'distri-west';
const lineId = (lineNo: number) => `00000000-0000-4000-8000-${String(lineNo).padStart(12, '0')}`;

const policyOf = (input: PolicyDocumentInput): EffectivePolicy => ({
  ref: { manufacturerId: MANUFACTURER, version: 1, distributorId: null, overrideVersion: null },
  document: PolicyDocument.parse(input),
});
const EUR75 = { amount: 75, currency: 'EUR' };
const POLICIES: Record<string, EffectivePolicy> = {
  'ad notam (002)': policyOf({
    requiredFields: ['dealer', 'contact.phone', 'contact.email', 'lines.model', 'lines.serial', 'purchaseDate', 'proofOfPurchase', 'failureDescription'],
    warranty: { months: 24 },
    doa: { reportWithinDays: 14 },
    fees: { inspection: EUR75, admin: EUR75 },
    advanceReplacement: { categories: ['monitor', 'power_adapter'], returnWithinBusinessDays: 15 },
    scrapAfterDays: 90,
  }),
  'charge amps (000)': policyOf({ supportTicket: { required: true, doublesAsRmaNumber: true }, warranty: { months: 24, proofOfPurchaseRequired: true } }),
  'alkeria (004)': policyOf({ requiredFields: ['lines.serial', 'failureDescription'], warranty: { months: 24 }, rmaPerSerial: true }),
  'quote timeout and restocking': policyOf({ warranty: { months: 12 }, quote: { requiredOutOfWarranty: true, timeoutDays: 14 }, fees: { restocking: { amount: 20, currency: 'EUR' } } }),
};

const CHANNELS: ChannelState[] = [
  { kind: 'hub', adapter: null },
  { kind: 'distributor', adapter: null },
  { kind: 'portal', adapter: 'ubiquiti' },
];

/** What a claim starts from: who is on its chain, its facts, and how its manufacturer is reached. */
interface World {
  policy: string;
  channel: ChannelState;
  serials: string[];
  categories: (string | null)[];
  purchaseDate: string | null;
  supportTicket: string | null;
  returnReason: ReturnReason;
  advanceReplacement: boolean;
  distributorJoined: boolean;
  distributorReviews: boolean;
}

const worlds: fc.Arbitrary<World> = fc.record({
  policy: fc.constantFrom(...Object.keys(POLICIES)),
  channel: fc.constantFrom(...CHANNELS),
  serials: fc.uniqueArray(fc.constantFrom('S1', 'S2', 'S3'), { minLength: 1, maxLength: 3 }),
  categories: fc.array(fc.constantFrom('monitor', 'cable', null), { minLength: 3, maxLength: 3 }),
  purchaseDate: fc.constantFrom('2026-03-10', '2024-01-10', '2026-11-25', null),
  supportTicket: fc.constantFrom('CA-TICKET-1', null),
  returnReason: fc.constantFrom<ReturnReason>('defective', 'doa', 'order_error', 'delivery_error'),
  advanceReplacement: fc.boolean(),
  distributorJoined: fc.boolean(),
  distributorReviews: fc.boolean(),
});

/** A freshly submitted claim of reseller-alpha, routed (or not yet) via distri-west. */
function submittedClaim(world: World, status: ClaimStatus = 'submitted'): ClaimState {
  const distributorId = world.distributorJoined ? DISTRIBUTOR : null;
  return {
    id: CLAIM_ID,
    resellerId: 'reseller-alpha',
    manufacturerId: MANUFACTURER,
    distributorId,
    status,
    resumeStatus: null,
    returnReason: world.returnReason,
    failureDescription: 'no picture after power-on',
    purchaseDate: world.purchaseDate,
    proofOfPurchase: 'INV-1',
    dealer: 'Elektro Alpha',
    supportTicket: world.supportTicket,
    deliveredOn: null,
    portalAccountId: null,
    shipTo: null,
    contact: { name: 'Ana Alpha', email: 'ana@reseller-alpha.example', phone: '+49 30 1234' },
    warranty: null,
    quote: null,
    advanceReplacementRequested: world.advanceReplacement,
    createdAt: new Date('2026-12-01T08:00:00.000Z'),
    lines: world.serials.map(
      (serial, index): ClaimLineState => ({
        id: lineId(index + 1),
        lineNo: index + 1,
        serial,
        model: 'AN-M27',
        macId: null,
        category: world.categories[index] ?? null,
        status,
        upstreamRma: null,
        outcome: null,
        replacementSerial: null,
        warrantyEndsOn: null,
      }),
    ),
    hops: [
      { partyId: 'reseller-alpha', role: 'reseller', position: 0, reference: 'PO-4711' },
      ...(distributorId
        ? [
            { partyId: DISTRIBUTOR, role: 'distributor' as const, position: 1, reference: 'DW-2026-000007' },
            { partyId: MANUFACTURER, role: 'manufacturer' as const, position: 2, reference: null },
          ]
        : []),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The model: the claim as the claim service would store it, by a tiny pure reducer of the effects.
// ---------------------------------------------------------------------------------------------

function applyEffects(claim: ClaimState, effects: ClaimEffect[]): ClaimState {
  return effects.reduce<ClaimState>((model, effect) => {
    switch (effect.type) {
      case 'transition':
        return { ...model, status: effect.to, resumeStatus: effect.to === 'needs_info' ? effect.from : model.resumeStatus };
      case 'set': {
        // Shipments and the resolution are not part of what the decision reads back.
        const { shipment: _shipment, returnShipment: _returnShipment, resolution: _resolution, ...fields } = effect.fields;
        return { ...model, ...fields };
      }
      case 'line':
        return { ...model, lines: model.lines.map((line) => (line.id === effect.lineId ? { ...line, ...effect.changes } : line)) };
      case 'hop':
        if (model.hops.some((hop) => hop.partyId === effect.partyId)) return model;
        return { ...model, hops: [...model.hops, { partyId: effect.partyId, role: effect.role, position: effect.position, reference: effect.reference }] };
      default:
        return model;
    }
  }, claim);
}

// ---------------------------------------------------------------------------------------------
// Commands: random intents, turned into valid commands against the claim as it stands.
// ---------------------------------------------------------------------------------------------

const CALLERS = ['reseller', 'distributor', 'manufacturer', 'operator', 'off-chain reseller', 'off-chain manufacturer'] as const;
type CallerKey = (typeof CALLERS)[number] | 'its party';

/** Statuses the portals map their own statuses onto (libs/portals). */
const PORTAL_STATUSES: ClaimStatus[] = ['authorized', 'received', 'repairing', 'resolved', 'shipped_back', 'closed', 'rejected'];

type ActionIntent = { kind: 'action'; action: ClaimActionName; caller: CallerKey; variant: number; pick: number; stray: boolean; resolution: Resolution };
type Intent =
  | ActionIntent
  /** One of the moves allowedActions offers some party of the chain right now. */
  | { kind: 'next-move'; choice: number; variant: number; pick: number; resolution: Resolution }
  | { kind: 'route'; served: boolean }
  | { kind: 'portal-opened'; pick: number; stray: boolean }
  | { kind: 'portal-refused' }
  | { kind: 'portal-reported'; status: ClaimStatus; pick: number; resolution: Resolution | undefined }
  | { kind: 'timer'; timer: TimerKind };

const actionIntent = (caller: fc.Arbitrary<CallerKey>) =>
  fc.record({
    kind: fc.constant('action' as const),
    action: fc.constantFrom(...CLAIM_ACTIONS),
    caller,
    variant: fc.nat({ max: 59 }),
    pick: fc.integer({ min: 1, max: 7 }),
    stray: fc.nat({ max: 4 }).map((n) => n === 0),
    resolution: fc.constantFrom(...RESOLUTIONS),
  });

const intents: fc.Arbitrary<Intent> = fc.oneof(
  // Mostly a move some party may take now, or the party whose move it is, so claims travel far; often anyone at all.
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('next-move' as const), choice: fc.nat({ max: 99 }), variant: fc.nat({ max: 59 }), pick: fc.integer({ min: 1, max: 7 }), resolution: fc.constantFrom(...RESOLUTIONS) }),
  },
  { weight: 4, arbitrary: actionIntent(fc.constant<CallerKey>('its party')) },
  { weight: 4, arbitrary: actionIntent(fc.constantFrom<CallerKey>(...CALLERS)) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('route' as const), served: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('portal-opened' as const), pick: fc.integer({ min: 1, max: 7 }), stray: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('portal-refused' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('portal-reported' as const),
      status: fc.constantFrom(...PORTAL_STATUSES),
      pick: fc.integer({ min: 1, max: 7 }),
      resolution: fc.option(fc.constantFrom(...RESOLUTIONS), { nil: undefined }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('timer' as const), timer: fc.constantFrom(...TIMER_KINDS) }) },
);

/** The claim's lines chosen by the bits of `pick` (at least one). */
function picked(claim: ClaimState, pick: number): ClaimLineState[] {
  const chosen = claim.lines.filter((_, index) => pick & (1 << index));
  return chosen.length > 0 ? chosen : claim.lines;
}

/** Who takes an action "as its party": the reseller, the distributor, or whoever plays the manufacturer on this channel. */
function partyFor(action: ClaimActionName, channel: ChannelState): CallerKey {
  if (['cancel', 'add-info', 'ship', 'approve-quote', 'reject-quote'].includes(action)) return 'reseller';
  if (action === 'forward') return 'distributor';
  return channel.kind === 'distributor' ? 'distributor' : 'manufacturer';
}

function callerFor(key: CallerKey, action: ClaimActionName, channel: ChannelState): CallerState {
  switch (key === 'its party' ? partyFor(action, channel) : key) {
    case 'reseller':
      return { partyId: 'reseller-alpha', role: 'reseller' };
    case 'distributor':
      return { partyId: DISTRIBUTOR, role: 'distributor' };
    case 'manufacturer':
      return { partyId: MANUFACTURER, role: 'manufacturer' };
    case 'operator':
      return { partyId: 'hub-operator', role: 'operator' };
    case 'off-chain reseller':
      return { partyId: 'reseller-bravo', role: 'reseller' };
    default:
      return { partyId: 'grandstream', role: 'manufacturer' };
  }
}

const REPLACED = ['replaced', 'refurbished_replacement'];
const FUTURE = '2027-01-15';
const PAST = '2026-11-01';

/** A body the HTTP contract accepts for the action, naming the claim's own serials (and, now and then, a stray one). */
function bodyFor(intent: ActionIntent, claim: ClaimState, step: number): unknown {
  const serials = [...picked(claim, intent.pick).map((line) => line.serial), ...(intent.stray ? ['NOT-ON-CLAIM'] : [])];
  const v = intent.variant;
  switch (intent.action) {
    case 'cancel':
      return v % 2 ? { reason: 'customer changed mind' } : {};
    case 'add-info':
      return [{ dealer: 'Elektro Alpha' }, { proofOfPurchase: 'INV-2' }, { purchaseDate: '2026-03-10' }, { supportTicket: 'CA-TICKET-2' }, { contact: { phone: '+49 1' } }, { lines: serials.map((serial) => ({ serial, category: 'monitor' })) }][v % 6];
    case 'ship':
    case 'ship-back':
      return { carrier: 'DHL', trackingNumber: `JD${step}` };
    case 'approve-quote':
    case 'forward':
    case 'start-repair':
    case 'close':
      return v % 2 ? { note: 'ok' } : {};
    case 'reject-quote':
      return v % 2 ? { reason: 'too expensive' } : {};
    case 'authorize':
      return [{}, { rmaNumber: `RMA-${step}` }, { lines: serials.map((serial, index) => ({ serial, rmaNumber: `RMA-${step}-${index}` })) }, { rmaNumber: `RMA-${step}`, validUntil: FUTURE }, { validUntil: PAST }][v % 5];
    case 'request-info':
      return { missing: ['proofOfPurchase'], ...(v % 2 ? { message: 'please attach the invoice' } : {}) };
    case 'reject':
      return { reason: 'water damage' };
    case 'receive':
      return v % 2 ? {} : { lines: serials };
    case 'quote':
      return { amount: 50 + v, currency: 'EUR', ...[{}, { validUntil: FUTURE }, { validUntil: PAST }][v % 3] };
    case 'resolve': {
      const resolution = intent.resolution;
      if (REPLACED.includes(resolution)) return v % 3 === 0 ? { resolution } : { resolution, lines: serials.map((serial) => ({ serial, outcome: resolution, replacementSerial: `${serial}-R${step}` })) };
      return v % 2 ? { resolution } : { resolution, lines: serials.map((serial) => ({ serial, outcome: resolution })) };
    }
  }
}

const PLAYING_PARTIES: CallerKey[] = ['reseller', 'distributor', 'manufacturer', 'operator'];

/** The moves each party of the chain may take now, as allowedActions lists them. */
function movesOnOffer(claim: ClaimState, channel: ChannelState): { caller: CallerKey; action: ClaimActionName }[] {
  return PLAYING_PARTIES.flatMap((caller) => allowedActions(claim, callerFor(caller, 'close', channel), channel).map((action) => ({ caller, action })));
}

function commandFor(intent: Intent, claim: ClaimState, world: World, step: number): ClaimCommand | null {
  switch (intent.kind) {
    case 'next-move': {
      // A submitted claim waits for the hub's move: routing.
      if (claim.status === 'submitted') return commandFor({ kind: 'route', served: intent.choice % 10 !== 0 }, claim, world, step);
      // Moves that end the claim are offered only now and then, so claims travel far before they end.
      const ending = ['cancel', 'reject', 'close'];
      const offer = movesOnOffer(claim, world.channel).filter((move) => intent.variant % 10 === 0 || !ending.includes(move.action));
      const chosen = offer[intent.choice % Math.max(offer.length, 1)];
      if (!chosen) return null;
      return commandFor({ ...intent, kind: 'action', action: chosen.action, caller: chosen.caller, stray: false }, claim, world, step);
    }
    case 'action': {
      const body = bodyFor(intent, claim, step);
      const parsed = CLAIM_ACTION_BODIES[intent.action].safeParse(body);
      if (!parsed.success) throw new Error(`the test built an invalid ${intent.action} body: ${JSON.stringify(body)}`);
      const issuedRmaNumbers = claim.lines.map((_, index) => `HUB-${step}-${index}`);
      return { kind: 'action', action: intent.action, body: parsed.data, caller: callerFor(intent.caller, intent.action, world.channel), issuedRmaNumbers } as ClaimCommand;
    }
    case 'route':
      return {
        kind: 'route',
        distributor: intent.served ? { id: DISTRIBUTOR, reference: 'DW-2026-000007', reviewsClaims: world.distributorReviews, joinsNow: claim.distributorId === null } : null,
      };
    case 'portal-opened':
      return {
        kind: 'portal-opened',
        lines: [...picked(claim, intent.pick).map((line, index) => ({ lineId: line.id, rmaNumber: `P-${step}-${index}` })), ...(intent.stray ? [{ lineId: lineId(99), rmaNumber: 'P-STRAY' }] : [])],
      };
    case 'portal-refused':
      return { kind: 'portal-refused', reason: 'portal account unknown', missing: ['portalAccountId'] };
    case 'portal-reported': {
      const lineIds = picked(claim, intent.pick).map((line) => line.id);
      const replaced = intent.resolution !== undefined && REPLACED.includes(intent.resolution);
      return {
        kind: 'portal-reported',
        rmaNumber: 'UBNT-1',
        lineIds,
        status: intent.status,
        portalStatus: intent.status.toUpperCase(),
        ...(intent.status === 'resolved' ? { resolution: intent.resolution, ...(replaced ? { replacementSerial: `R-${step}` } : {}) } : {}),
        source: 'webhook',
      };
    }
    case 'timer':
      return { kind: 'timer', timer: { kind: intent.timer, rule: intent.timer, policy: POLICIES[world.policy]!.ref, dueAt: NOW } };
  }
}

// ---------------------------------------------------------------------------------------------
// The properties, checked on every command of every run.
// ---------------------------------------------------------------------------------------------

interface Step {
  from: ClaimStatus;
  to: ClaimStatus;
  actor: ActorRole;
}

const graphAllows = (from: ClaimStatus, to: ClaimStatus, actor: ActorRole) => {
  const actors = CLAIM_LIFECYCLE[from][to];
  return actors !== undefined && (actor === 'operator' || actors.includes(actor));
};

/** Checks one decision against the claim it was made on; returns the claim after it. */
function checkDecision(before: ClaimState, command: ClaimCommand, decision: ClaimDecision, world: World, timeline: Step[]): ClaimState {
  if (command.kind === 'action') {
    // allowedActions and the decision agree on who may act when: a move on offer is refused at most for what its body says.
    const onOffer = allowedActions(before, command.caller, world.channel).includes(command.action);
    const refusedTheMove = !decision.accepted && ['CLAIM.NOT_FOUND', 'CLAIM.ACTION_FORBIDDEN'].includes(decision.refusal.code);
    const refusedTheMoment = !decision.accepted && decision.refusal.code === 'CLAIM.ACTION_NOT_ALLOWED' && decision.refusal.allowedNext !== undefined;
    expect({ action: command.action, status: before.status, onOffer, refused: refusedTheMove || refusedTheMoment }).toEqual({ action: command.action, status: before.status, onOffer, refused: !onOffer });
  }
  if (!decision.accepted) {
    // A refused command produces no effects, and says why with a listed code.
    expect(Object.keys(decision).sort()).toEqual(['accepted', 'refusal']);
    expect(CLAIM_ERROR_CODES).toContain(decision.refusal.code);
    if (command.kind === 'action') {
      const { onChain } = standingOf(before, command.caller, world.channel);
      // Off the chain: NOT_FOUND and nothing more; on it: never NOT_FOUND.
      if (!onChain) expect(decision.refusal).toEqual({ code: 'CLAIM.NOT_FOUND', detail: 'Claim not found' });
      else expect(decision.refusal.code).not.toBe('CLAIM.NOT_FOUND');
      if (command.caller.role === 'operator') expect(decision.refusal.code).not.toBe('CLAIM.ACTION_FORBIDDEN');
      if (decision.refusal.code === 'CLAIM.ACTION_NOT_ALLOWED' && decision.refusal.allowedNext) {
        expect(decision.refusal.currentStatus).toBe(before.status);
        for (const next of decision.refusal.allowedNext) expect(nextStatuses(before.status)).toContain(next);
      }
    }
    return before;
  }

  const { effects } = decision;
  const transitions = effects.filter((effect): effect is Extract<ClaimEffect, { type: 'transition' }> => effect.type === 'transition');

  // The transitions of one command form a chain from the status the claim was in.
  transitions.forEach((transition, index) => expect(transition.from).toBe(index === 0 ? before.status : transitions[index - 1]!.to));
  expect(decision.status).toBe(transitions.at(-1)?.to ?? before.status);

  for (const transition of transitions) {
    // Every transition is one the graph allows for its actor's role (an operator: any listed move).
    expect({ move: `${transition.from} → ${transition.to} by ${transition.actor.role}`, allowed: graphAllows(transition.from, transition.to, transition.actor.role) }).toEqual({
      move: `${transition.from} → ${transition.to} by ${transition.actor.role}`,
      allowed: true,
    });
    timeline.push({ from: transition.from, to: transition.to, actor: transition.actor.role });
  }

  // A final status is never left.
  if (isFinal(before.status)) expect(transitions).toEqual([]);

  // Every transition is followed by its status-changed message.
  effects.forEach((effect, index) => {
    if (effect.type !== 'transition') return;
    const next = effects[index + 1];
    expect(next?.type === 'publish' && next.message.topic === CLAIM_STATUS_CHANGED ? next.message.payload : null).toEqual({
      claimId: CLAIM_ID,
      from: effect.from,
      to: effect.to,
      actor: effect.actor,
      reason: effect.reason,
      occurredAt: NOW.toISOString(),
    });
  });
  const announced = effects.filter((effect) => effect.type === 'publish' && effect.message.topic === CLAIM_STATUS_CHANGED);
  expect(announced).toHaveLength(transitions.length);

  const after = applyEffects(before, effects);
  expect(after.status).toBe(decision.status);
  expect(CLAIM_STATUSES).toContain(after.status);
  // The claim keeps every line, in order.
  expect(after.lines.map((line) => line.id)).toEqual(before.lines.map((line) => line.id));
  return after;
}

/** Plays the commands against a claim; answers the claim at the end and its timeline. */
function play(start: ClaimState, world: World, plan: Intent[]): { end: ClaimState; timeline: Step[]; accepted: number } {
  const context = { policy: POLICIES[world.policy]!, channel: world.channel, now: NOW };
  const timeline: Step[] = [];
  let claim = start;
  let accepted = 0;
  plan.forEach((intent, step) => {
    const command = commandFor(intent, claim, world, step);
    if (!command) return;
    const decision = decideClaim(claim, command, context);
    if (decision.accepted && decision.effects.length > 0) accepted += 1;
    claim = checkDecision(claim, command, decision, world, timeline);
  });
  return { end: claim, timeline, accepted };
}

const visited = new Map<ClaimStatus, number>();

describe('decideClaim under random commands from random parties (fast-check)', () => {
  it('keeps the claim inside the lifecycle graph: chained transitions the graph allows for their actor, each announced; refusals change nothing', () => {
    fc.assert(
      fc.property(worlds, fc.array(intents, { minLength: 1, maxLength: 80, size: 'max' }), (world, plan) => {
        const start = submittedClaim(world);
        const { end, timeline } = play(start, world, plan);
        for (const status of [start.status, ...timeline.map((step) => step.to)]) visited.set(status, (visited.get(status) ?? 0) + 1);

        // The whole timeline is one chain from submission to where the claim ended.
        timeline.forEach((step, index) => expect(step.from).toBe(index === 0 ? 'submitted' : timeline[index - 1]!.to));
        expect(timeline.at(-1)?.to ?? 'submitted').toBe(end.status);
        for (const step of timeline) expect(graphAllows(step.from, step.to, step.actor)).toBe(true);
        // Nothing follows a final status.
        const final = timeline.findIndex((step) => isFinal(step.to));
        if (final !== -1) expect(final).toBe(timeline.length - 1);
      }),
      { numRuns: 400 },
    );
  });

  it('reaches every status of the lifecycle across the runs (so the properties above are not vacuous)', () => {
    expect([...visited.keys()].sort()).toEqual([...CLAIM_STATUSES].sort());
  });

  it('never leaves a final status, whatever comes', () => {
    fc.assert(
      fc.property(
        worlds,
        fc.constantFrom<ClaimStatus>('closed', 'cancelled', 'expired', 'scrapped'),
        fc.constantFrom<ClaimStatus>('forwarded', 'authorized', 'received', 'resolved'),
        fc.array(intents, { minLength: 1, maxLength: 30, size: 'max' }),
        (world, final, linesAt, plan) => {
          const start = { ...submittedClaim({ ...world, distributorJoined: true }, final) };
          const withLines = { ...start, lines: start.lines.map((line) => ({ ...line, status: linesAt })) };
          const { end, timeline } = play(withLines, world, plan);
          expect(timeline).toEqual([]);
          expect(end.status).toBe(final);
        },
      ),
      { numRuns: 200 },
    );
  });
});
