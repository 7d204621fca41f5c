import {
  CLAIM_ACTION_BODIES,
  CLAIM_STATUS_CHANGED,
  CLAIM_SUBMITTED,
  ClaimStatusChangedV1,
  ClaimSubmittedV1,
  PORTAL_RMA_REQUESTED,
  PolicyDocument,
  PortalRmaRequestedV1,
  type ClaimActionBodies,
  type ClaimStatus,
  type PolicyDocumentInput,
  type WarrantyVerdictView,
} from '@rma-hub/contracts';
import { CLAIM_LIFECYCLE, nextStatuses } from '../claim-lifecycle';
import type { EffectivePolicy } from '../policy';
import type { ChannelState, ClaimHopState, ClaimLineState, ClaimState } from './claim-state';
import { allowedActions, decideClaim, type ClaimCommand } from './decide-claim';
import { TIMER_KINDS, type ClaimDecision, type ClaimEffect, type TimerKind } from './effects';
import { ACTION_MOVES, CLAIM_ACTIONS, type ClaimActionName } from './moves/actions';
import type { CallerState, Capacity } from './parties';

// ---------------------------------------------------------------------------------------------
// The world the decisions are made in: a fixed day, the demo parties, the seed policies.
// ---------------------------------------------------------------------------------------------

/** A Wednesday, 11:00 in Paris. */
const NOW = new Date('2026-12-02T10:00:00.000Z');
const DAY_MS = 86_400_000;
const CLAIM_ID = '7c1e3a52-9b0d-4f6e-8a21-3d5c9e0f1a42';
const lineId = (lineNo: number) => `00000000-0000-4000-8000-${String(lineNo).padStart(12, '0')}`;

const RESELLER: CallerState = { partyId: 'reseller-alpha', role: 'reseller' };
const DISTRIBUTOR: CallerState = { partyId: 'distri-west', role: 'distributor' };
const AD_NOTAM_KEY: CallerState = { partyId: 'ad-notam', role: 'manufacturer' };
const OPERATOR: CallerState = { partyId: 'hub-operator', role: 'operator' };
/** A reseller of another chain. */
const STRANGER: CallerState = { partyId: 'reseller-bravo', role: 'reseller' };

const HUB_CHANNEL: ChannelState = { kind: 'hub', adapter: null };
const DISTRIBUTOR_CHANNEL: ChannelState = { kind: 'distributor', adapter: null };
const PORTAL_CHANNEL: ChannelState = { kind: 'portal', adapter: 'ubiquiti' };

const EUR75 = { amount: 75, currency: 'EUR' };

const policyOf = (manufacturerId: string, input: PolicyDocumentInput): EffectivePolicy => ({
  ref: { manufacturerId, version: 2, distributorId: null, overrideVersion: null },
  document: PolicyDocument.parse(input),
});

/** Seed 002. */
const AD_NOTAM = policyOf('ad-notam', {
  requiredFields: ['dealer', 'contact.phone', 'contact.email', 'lines.model', 'lines.serial', 'purchaseDate', 'proofOfPurchase', 'failureDescription'],
  warranty: { months: 24 },
  doa: { reportWithinDays: 14 },
  rmaValidityDays: 30,
  quote: { requiredOutOfWarranty: true },
  fees: { inspection: EUR75, admin: EUR75 },
  advanceReplacement: { categories: ['monitor', 'power_adapter'], returnWithinBusinessDays: 15 },
  repairWarrantyMinimumDays: 90,
  scrapAfterDays: 90,
});
/** Seed 000. */
const CHARGE_AMPS = policyOf('charge-amps', {
  supportTicket: { required: true, doublesAsRmaNumber: true },
  warranty: { months: 24, proofOfPurchaseRequired: true },
  quote: { requiredOutOfWarranty: true },
});
/** Seed 004. */
const ALKERIA = policyOf('alkeria', {
  requiredFields: ['lines.serial', 'failureDescription'],
  warranty: { months: 24 },
  rmaPerSerial: true,
  rmaValidityDays: 30,
  quote: { requiredOutOfWarranty: true },
});

const verdict = (status: WarrantyVerdictView['status'], endsOn: string | null): WarrantyVerdictView => ({
  status,
  endsOn,
  reason: `verdict ${status}`,
  rule: 'warranty',
  policy: AD_NOTAM.ref,
});
/** The default claim's warranty: bought 2026-03-10, 24 months. */
const IN_WARRANTY = verdict('in_warranty', '2028-03-09');
const OUT_OF_WARRANTY = verdict('out_of_warranty', '2025-01-09');
/** The manufacturer's repair quote a claim in quote_pending waits on. */
const QUOTE = { amount: 180, currency: 'EUR', validUntil: null, quotedAt: '2026-12-01T09:00:00.000Z' };

// ---------------------------------------------------------------------------------------------
// Test claims.
// ---------------------------------------------------------------------------------------------

function lineOf(lineNo: number, serial: string, status: ClaimStatus, changes: Partial<ClaimLineState> = {}): ClaimLineState {
  return {
    id: lineId(lineNo),
    lineNo,
    serial,
    model: 'AN-M27',
    macId: null,
    category: null,
    status,
    upstreamRma: null,
    outcome: null,
    replacementSerial: null,
    warrantyEndsOn: null,
    ...changes,
  };
}

function chainOf(resellerId: string, distributorId: string | null, manufacturerId: string): ClaimHopState[] {
  const reseller: ClaimHopState = { partyId: resellerId, role: 'reseller', position: 0, reference: 'PO-4711' };
  if (!distributorId) return [reseller];
  return [reseller, { partyId: distributorId, role: 'distributor', position: 1, reference: 'DW-2026-000007' }, { partyId: manufacturerId, role: 'manufacturer', position: 2, reference: null }];
}

interface ClaimSpec extends Partial<ClaimState> {
  /** Serials of the claim's lines, each in the claim's status (ignored when `lines` is given). */
  serials?: string[];
}

/** A complete ad notam claim of reseller-alpha via distri-west, in `status`; every line in the same status. */
function claimIn(status: ClaimStatus, spec: ClaimSpec = {}): ClaimState {
  const { serials = ['S1'], ...fields } = spec;
  const resellerId = fields.resellerId ?? 'reseller-alpha';
  const manufacturerId = fields.manufacturerId ?? 'ad-notam';
  const distributorId = fields.distributorId === undefined ? 'distri-west' : fields.distributorId;
  return {
    id: CLAIM_ID,
    resellerId,
    manufacturerId,
    distributorId,
    status,
    resumeStatus: null,
    returnReason: 'defective',
    failureDescription: 'no picture after power-on',
    purchaseDate: '2026-03-10',
    proofOfPurchase: 'INV-2026-0310',
    dealer: 'Elektro Alpha',
    supportTicket: null,
    deliveredOn: null,
    portalAccountId: null,
    shipTo: null,
    contact: { name: 'Ana Alpha', email: 'ana@reseller-alpha.example', phone: '+49 30 1234' },
    warranty: status === 'submitted' ? null : IN_WARRANTY,
    quote: null,
    advanceReplacementRequested: false,
    createdAt: new Date('2026-12-01T08:00:00.000Z'),
    lines: serials.map((serial, index) => lineOf(index + 1, serial, status)),
    hops: chainOf(resellerId, distributorId, manufacturerId),
    ...fields,
  };
}

const ubiquitiClaimIn = (status: ClaimStatus, spec: ClaimSpec = {}) => claimIn(status, { manufacturerId: 'ubiquiti', ...spec });
const UBIQUITI_KEY: CallerState = { partyId: 'ubiquiti', role: 'manufacturer' };

// ---------------------------------------------------------------------------------------------
// Deciding, and reading decisions.
// ---------------------------------------------------------------------------------------------

interface Setting {
  policy?: EffectivePolicy;
  channel?: ChannelState;
  now?: Date;
}

const decide = (claim: ClaimState, command: ClaimCommand, { policy = AD_NOTAM, channel = HUB_CHANNEL, now = NOW }: Setting = {}) =>
  decideClaim(claim, command, { policy, channel, now });

const act = <A extends ClaimActionName>(action: A, body: ClaimActionBodies[A], caller: CallerState, issuedRmaNumbers?: string[]): ClaimCommand =>
  ({ kind: 'action', action, body, caller, ...(issuedRmaNumbers ? { issuedRmaNumbers } : {}) }) as ClaimCommand;

const timerCommand = (kind: TimerKind, policy: EffectivePolicy = AD_NOTAM): ClaimCommand => ({
  kind: 'timer',
  timer: { kind, rule: kind, policy: policy.ref, dueAt: new Date(NOW.getTime() - 60_000) },
});

function accepted(decision: ClaimDecision): Extract<ClaimDecision, { accepted: true }> {
  if (!decision.accepted) throw new Error(`expected the command to be accepted, refused with ${decision.refusal.code}: ${decision.refusal.detail}`);
  return decision;
}

function refused(decision: ClaimDecision) {
  if (decision.accepted) throw new Error(`expected a refusal, accepted into ${decision.status} with ${decision.effects.length} effect(s)`);
  return decision.refusal;
}

type EffectOf<T extends ClaimEffect['type']> = Extract<ClaimEffect, { type: T }>;
const effectsOf = <T extends ClaimEffect['type']>(decision: ClaimDecision, type: T): EffectOf<T>[] =>
  accepted(decision).effects.filter((effect): effect is EffectOf<T> => effect.type === type);

const movesOf = (decision: ClaimDecision) => effectsOf(decision, 'transition').map(({ from, to }) => [from, to]);
const topicsOf = (decision: ClaimDecision) => effectsOf(decision, 'publish').map((effect) => effect.message.topic);
const chargesOf = (decision: ClaimDecision) => effectsOf(decision, 'charge').map((effect) => effect.charge);
const timersOf = (decision: ClaimDecision) => effectsOf(decision, 'schedule').map((effect) => effect.timer);
const cancelledTimersOf = (decision: ClaimDecision) => effectsOf(decision, 'cancel-timers').flatMap((effect) => effect.kinds);
const lineChangesOf = (decision: ClaimDecision) => effectsOf(decision, 'line').map(({ lineId, changes }) => ({ lineId, changes }));
const fieldsSetBy = (decision: ClaimDecision) => Object.assign({}, ...effectsOf(decision, 'set').map((effect) => effect.fields));
const notesOf = (decision: ClaimDecision) => effectsOf(decision, 'note');
const portalRequestsOf = (decision: ClaimDecision) => effectsOf(decision, 'publish').filter((effect) => effect.message.topic === PORTAL_RMA_REQUESTED).map((effect) => effect.message.payload);

/** Every transition comes with its `rma.claim.status-changed.v1` right after it, saying the same thing. */
function expectEveryTransitionAnnounced(decision: ClaimDecision): void {
  const { effects } = accepted(decision);
  effects.forEach((effect, index) => {
    if (effect.type !== 'transition') return;
    const next = effects[index + 1];
    expect(next).toEqual({
      type: 'publish',
      message: { topic: CLAIM_STATUS_CHANGED, payload: { claimId: CLAIM_ID, from: effect.from, to: effect.to, actor: effect.actor, reason: effect.reason, occurredAt: NOW.toISOString() } },
    });
    if (next?.type === 'publish') expect(() => ClaimStatusChangedV1.parse(next.message.payload)).not.toThrow();
  });
}

// ---------------------------------------------------------------------------------------------
// route
// ---------------------------------------------------------------------------------------------

const DISTRI_WEST_ROUTE = { id: 'distri-west', reference: 'DW-2026-000007', reviewsClaims: false, joinsNow: false };

describe('route', () => {
  it('rejects a claim no distributor serves, as the hub', () => {
    const decision = decide(claimIn('submitted', { distributorId: null }), { kind: 'route', distributor: null });
    expect(accepted(decision).status).toBe('rejected');
    expect(effectsOf(decision, 'transition')).toEqual([
      { type: 'transition', from: 'submitted', to: 'rejected', actor: { role: 'hub', partyId: null }, reason: 'no distributor serves reseller-alpha for ad-notam' },
    ]);
  });

  it('puts the distributor that joins now on the claim and on the chain, under its reference, with the manufacturer after it', () => {
    const decision = decide(claimIn('submitted', { distributorId: null }), { kind: 'route', distributor: { ...DISTRI_WEST_ROUTE, joinsNow: true } });
    expect(fieldsSetBy(decision)).toMatchObject({ distributorId: 'distri-west' });
    expect(effectsOf(decision, 'hop')).toEqual([
      { type: 'hop', partyId: 'distri-west', role: 'distributor', position: 1, reference: 'DW-2026-000007' },
      { type: 'hop', partyId: 'ad-notam', role: 'manufacturer', position: 2, reference: null },
    ]);
  });

  it('adds no hop for a distributor already on the chain', () => {
    const decision = decide(claimIn('submitted'), { kind: 'route', distributor: DISTRI_WEST_ROUTE });
    expect(effectsOf(decision, 'hop')).toEqual([]);
    expect(accepted(decision).status).toBe('forwarded');
  });

  it('parks a claim missing what the policy needs in needs_info, with the missing fields in policy order', () => {
    const claim = claimIn('submitted', { dealer: null, contact: { email: 'ana@reseller-alpha.example' } });
    const decision = decide(claim, { kind: 'route', distributor: DISTRI_WEST_ROUTE });
    expect(accepted(decision).status).toBe('needs_info');
    const [move] = effectsOf(decision, 'transition');
    expect(move).toMatchObject({ from: 'submitted', to: 'needs_info', actor: { role: 'hub', partyId: null }, reason: 'missing dealer, contact.phone' });
    expect(move?.data).toEqual({ missing: ['dealer', 'contact.phone'], rule: 'required_fields', policy: AD_NOTAM.ref });
    expect(fieldsSetBy(decision)).not.toHaveProperty('warranty');
  });

  it('parks a claim without the support ticket a manufacturer requires (000)', () => {
    const decision = decide(claimIn('submitted', { manufacturerId: 'charge-amps' }), { kind: 'route', distributor: DISTRI_WEST_ROUTE }, { policy: CHARGE_AMPS, channel: DISTRIBUTOR_CHANNEL });
    expect(effectsOf(decision, 'transition')[0]?.data).toMatchObject({ missing: ['supportTicket'], rule: 'support_ticket' });
  });

  it('records the warranty verdict: in warranty until the day before the 24 months are up', () => {
    const decision = decide(claimIn('submitted'), { kind: 'route', distributor: DISTRI_WEST_ROUTE });
    expect(fieldsSetBy(decision).warranty).toEqual({
      status: 'in_warranty',
      endsOn: '2028-03-09',
      reason: '24-month warranty runs until 2028-03-09',
      rule: 'warranty',
      policy: AD_NOTAM.ref,
    });
  });

  it('records an out-of-warranty verdict for goods bought more than 24 months ago', () => {
    const decision = decide(claimIn('submitted', { purchaseDate: '2024-11-15' }), { kind: 'route', distributor: DISTRI_WEST_ROUTE });
    expect(fieldsSetBy(decision).warranty).toMatchObject({ status: 'out_of_warranty', endsOn: '2026-11-14' });
    expect(accepted(decision).status).toBe('forwarded');
  });

  it('leaves the warranty undetermined when proof of purchase decides it and none was given (000)', () => {
    const claim = claimIn('submitted', { manufacturerId: 'charge-amps', supportTicket: 'CA-T-42', proofOfPurchase: null });
    const decision = decide(claim, { kind: 'route', distributor: DISTRI_WEST_ROUTE }, { policy: CHARGE_AMPS, channel: DISTRIBUTOR_CHANNEL });
    expect(fieldsSetBy(decision).warranty).toMatchObject({ status: 'undetermined', endsOn: null, reason: 'proof of purchase decides the warranty and none was given' });
  });

  it('accepts a dead-on-arrival claim reported on day 14 after delivery (002 §6.3)', () => {
    const decision = decide(claimIn('submitted', { returnReason: 'doa', deliveredOn: '2026-11-18' }), { kind: 'route', distributor: DISTRI_WEST_ROUTE });
    expect(notesOf(decision)).toEqual([
      {
        type: 'note',
        actor: { role: 'hub', partyId: null },
        reason: 'dead on arrival: reported 14 day(s) after receipt, within 14',
        data: { rule: 'doa_window', policy: AD_NOTAM.ref, accepted: true, deadline: '2026-12-02' },
      },
    ]);
  });

  it('does not handle a claim reported on day 15 as dead on arrival, but still routes it', () => {
    const decision = decide(claimIn('submitted', { returnReason: 'doa', deliveredOn: '2026-11-17' }), { kind: 'route', distributor: DISTRI_WEST_ROUTE });
    expect(notesOf(decision)).toHaveLength(1);
    expect(notesOf(decision)[0]).toMatchObject({ reason: 'not handled as dead on arrival: reported 15 days after receipt; DOA must be reported within 14', data: { accepted: false, deadline: '2026-12-01' } });
    expect(accepted(decision).status).toBe('forwarded');
  });

  it('puts no DOA decision on record for a claim that is not dead on arrival', () => {
    expect(notesOf(decide(claimIn('submitted', { deliveredOn: '2026-11-17' }), { kind: 'route', distributor: DISTRI_WEST_ROUTE }))).toEqual([]);
  });

  it('sends the claim to review when the distributor reviews claims, and asks no portal yet', () => {
    const claim = claimIn('submitted', { resellerId: 'reseller-charlie', distributorId: 'distri-east', manufacturerId: 'ubiquiti' });
    const decision = decide(claim, { kind: 'route', distributor: { id: 'distri-east', reference: 'DE-1', reviewsClaims: true, joinsNow: false } }, { channel: PORTAL_CHANNEL });
    expect(effectsOf(decision, 'transition')).toEqual([
      { type: 'transition', from: 'submitted', to: 'in_review', actor: { role: 'hub', partyId: null }, reason: 'waiting for distri-east to review and forward it' },
    ]);
    expect(portalRequestsOf(decision)).toEqual([]);
  });

  it('forwards to a portal manufacturer as the distributor and asks its connector to open the RMA', () => {
    const decision = decide(ubiquitiClaimIn('submitted', { serials: ['S1', 'S2'] }), { kind: 'route', distributor: DISTRI_WEST_ROUTE }, { channel: PORTAL_CHANNEL });
    expect(effectsOf(decision, 'transition')).toEqual([
      {
        type: 'transition',
        from: 'submitted',
        to: 'forwarded',
        actor: { role: 'distributor', partyId: 'distri-west' },
        reason: 'forwarded by distri-west (DW-2026-000007) to the ubiquiti portal',
        data: { distributorReference: 'DW-2026-000007' },
      },
    ]);
    const [request] = portalRequestsOf(decision);
    expect(request).toMatchObject({
      claimId: CLAIM_ID,
      manufacturerId: 'ubiquiti',
      returnReason: 'defective',
      lines: [
        { lineId: lineId(1), serial: 'S1', model: 'AN-M27', macId: null },
        { lineId: lineId(2), serial: 'S2', model: 'AN-M27', macId: null },
      ],
    });
    expect(() => PortalRmaRequestedV1.parse(request)).not.toThrow();
  });

  it.each<[string, ChannelState, string]>([
    ['hub', HUB_CHANNEL, 'forwarded by distri-west (DW-2026-000007) to ad-notam'],
    ['distributor', DISTRIBUTOR_CHANNEL, 'forwarded by distri-west (DW-2026-000007); ad-notam RMAs are handled by the distributor'],
  ])('forwards on the %s channel without any portal request', (_, channel, reason) => {
    const decision = decide(claimIn('submitted'), { kind: 'route', distributor: DISTRI_WEST_ROUTE }, { channel });
    expect(topicsOf(decision)).toEqual([CLAIM_STATUS_CHANGED]);
    expect(effectsOf(decision, 'transition')[0]?.reason).toBe(reason);
  });

  it('changes nothing for a claim already routed', () => {
    expect(decide(claimIn('forwarded'), { kind: 'route', distributor: DISTRI_WEST_ROUTE })).toEqual({ accepted: true, status: 'forwarded', effects: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// The reseller's moves.
// ---------------------------------------------------------------------------------------------

describe('cancel', () => {
  it.each<ClaimStatus>(['submitted', 'needs_info', 'in_review', 'forwarded', 'authorized'])('cancels a claim in %s (before the goods ship) and drops every deadline', (status) => {
    const decision = decide(claimIn(status), act('cancel', { reason: 'the cable was loose' }, RESELLER));
    expect(effectsOf(decision, 'transition')).toEqual([
      { type: 'transition', from: status, to: 'cancelled', actor: { role: 'reseller', partyId: 'reseller-alpha' }, reason: 'cancelled: the cable was loose', data: { action: 'cancel' } },
    ]);
    expect(cancelledTimersOf(decision)).toEqual([...TIMER_KINDS]);
  });

  it.each<[ClaimStatus, ClaimStatus[]]>([
    ['in_transit', []],
    ['received', []],
    ['quote_pending', ['repairing', 'shipped_back']],
    ['shipped_back', ['closed']],
  ])('refuses to cancel once the goods shipped (%s), naming what the reseller may do instead', (status, allowedNext) => {
    expect(refused(decide(claimIn(status), act('cancel', {}, RESELLER)))).toEqual({
      code: 'CLAIM.ACTION_NOT_ALLOWED',
      detail: 'cancellation is only possible before the goods ship',
      currentStatus: status,
      allowedNext,
    });
  });
});

describe('add-info', () => {
  it('completes a claim parked by routing and sends it back to routing (CLAIM_SUBMITTED)', () => {
    const claim = claimIn('needs_info', { dealer: null, purchaseDate: null });
    const decision = decide(claim, act('add-info', { dealer: 'Elektro Alpha', purchaseDate: '2026-03-10', lines: [{ serial: 'S1', macId: 'AA:BB:CC:00:00:01' }] }, RESELLER));
    expect(fieldsSetBy(decision)).toEqual({ dealer: 'Elektro Alpha', purchaseDate: '2026-03-10' });
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { macId: 'AA:BB:CC:00:00:01' } }]);
    expect(effectsOf(decision, 'transition')).toEqual([
      { type: 'transition', from: 'needs_info', to: 'submitted', actor: { role: 'reseller', partyId: 'reseller-alpha' }, reason: 'added dealer, purchaseDate, lines', data: { action: 'add-info' } },
    ]);
    const submitted = effectsOf(decision, 'publish').find((effect) => effect.message.topic === CLAIM_SUBMITTED);
    expect(submitted?.message.payload).toEqual({ claimId: CLAIM_ID, resellerId: 'reseller-alpha', manufacturerId: 'ad-notam', submittedAt: NOW.toISOString() });
    expect(() => ClaimSubmittedV1.parse(submitted?.message.payload)).not.toThrow();
  });

  it('brings a claim the manufacturer asked about back to forwarded and asks the portal again, with the added facts', () => {
    const claim = ubiquitiClaimIn('needs_info', { resumeStatus: 'forwarded' });
    const decision = decide(claim, act('add-info', { portalAccountId: 'UI-778' }, RESELLER), { channel: PORTAL_CHANNEL });
    expect(movesOf(decision)).toEqual([['needs_info', 'forwarded']]);
    expect(topicsOf(decision)).not.toContain(CLAIM_SUBMITTED);
    expect(portalRequestsOf(decision)).toHaveLength(1);
    expect(portalRequestsOf(decision)[0]).toMatchObject({ claimId: CLAIM_ID, portalAccountId: 'UI-778' });
  });

  it('brings a claim back to forwarded without a portal request when the manufacturer is in the hub', () => {
    const decision = decide(claimIn('needs_info', { resumeStatus: 'forwarded' }), act('add-info', { proofOfPurchase: 'INV-9' }, RESELLER));
    expect(movesOf(decision)).toEqual([['needs_info', 'forwarded']]);
    expect(topicsOf(decision)).toEqual([CLAIM_STATUS_CHANGED]);
  });

  it('brings a claim the distributor asked about back to review', () => {
    expect(movesOf(decide(claimIn('needs_info', { resumeStatus: 'in_review' }), act('add-info', { dealer: 'Shop' }, RESELLER)))).toEqual([['needs_info', 'in_review']]);
  });

  it('refuses a line the claim does not carry, and changes nothing', () => {
    expect(refused(decide(claimIn('needs_info'), act('add-info', { lines: [{ serial: 'S9', macId: 'AA' }] }, RESELLER)))).toEqual({
      code: 'CLAIM.UNKNOWN_LINE',
      detail: '1 serial(s) are not on this claim',
      errors: [{ pointer: '/lines/0/serial', detail: 'the claim has no line with serial S9' }],
      currentStatus: 'needs_info',
    });
  });

  it('refuses information nobody asked for', () => {
    expect(refused(decide(claimIn('forwarded'), act('add-info', { dealer: 'Shop' }, RESELLER)))).toMatchObject({ code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: 'forwarded' });
  });
});

describe('ship', () => {
  it('puts authorized goods in transit with their shipment, and stops the RMA validity and advance-return clocks', () => {
    const decision = decide(claimIn('authorized'), act('ship', { carrier: 'DHL', trackingNumber: 'JD0001' }, RESELLER));
    expect(fieldsSetBy(decision)).toEqual({ shipment: { carrier: 'DHL', trackingNumber: 'JD0001', shippedAt: NOW.toISOString() } });
    expect(effectsOf(decision, 'transition')[0]).toMatchObject({ from: 'authorized', to: 'in_transit', reason: 'shipped with DHL, tracking JD0001', actor: { role: 'reseller', partyId: 'reseller-alpha' } });
    expect(cancelledTimersOf(decision)).toEqual(['rma_expiry', 'advance_return']);
  });

  it('refuses to ship before authorization', () => {
    expect(refused(decide(claimIn('forwarded'), act('ship', { carrier: 'DHL', trackingNumber: 'JD0001' }, RESELLER)))).toEqual({
      code: 'CLAIM.ACTION_NOT_ALLOWED',
      detail: 'goods ship only once the RMA is authorized',
      currentStatus: 'forwarded',
      allowedNext: ['cancelled'],
    });
  });
});

describe('approve-quote and reject-quote', () => {
  it('approving the quote starts the repair and stops the scrap and quote clocks', () => {
    const decision = decide(claimIn('quote_pending', { quote: QUOTE }), act('approve-quote', { note: 'go ahead' }, RESELLER));
    expect(effectsOf(decision, 'transition')[0]).toMatchObject({ from: 'quote_pending', to: 'repairing', reason: 'repair quote approved: go ahead' });
    expect(cancelledTimersOf(decision)).toEqual(['scrap', 'quote_timeout']);
  });

  it('refuses to approve a quote the manufacturer has not sent yet, naming who owes it', () => {
    const decision = decide(claimIn('quote_pending'), act('approve-quote', {}, RESELLER));
    expect(decision).toMatchObject({ accepted: false, refusal: { code: 'CLAIM.ACTION_NOT_ALLOWED', detail: 'ad-notam has not sent its repair quote yet', currentStatus: 'quote_pending' } });
  });

  it('refusing the quote returns every unit unrepaired and charges the inspection fee (002 §11)', () => {
    const decision = decide(claimIn('quote_pending', { serials: ['S1', 'S2'], warranty: OUT_OF_WARRANTY }), act('reject-quote', { reason: 'too expensive' }, RESELLER));
    expect(effectsOf(decision, 'transition')[0]).toMatchObject({ from: 'quote_pending', to: 'shipped_back', reason: 'repair quote refused: too expensive; returned unrepaired' });
    expect(fieldsSetBy(decision)).toEqual({ resolution: 'returned_unrepaired' });
    expect(lineChangesOf(decision)).toEqual([
      { lineId: lineId(1), changes: { outcome: 'returned_unrepaired' } },
      { lineId: lineId(2), changes: { outcome: 'returned_unrepaired' } },
    ]);
    expect(chargesOf(decision)).toEqual([{ kind: 'inspection', amount: 75, currency: 'EUR', rule: 'inspection_fee', policy: AD_NOTAM.ref, reason: 'repair quote refused' }]);
  });

  it('charges nothing for a refused quote when the policy has no inspection fee', () => {
    const decision = decide(claimIn('quote_pending', { manufacturerId: 'alkeria' }), act('reject-quote', {}, RESELLER), { policy: ALKERIA, channel: DISTRIBUTOR_CHANNEL });
    expect(accepted(decision).status).toBe('shipped_back');
    expect(chargesOf(decision)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The distributor's move.
// ---------------------------------------------------------------------------------------------

describe('forward', () => {
  it('forwards a reviewed claim as the distributor', () => {
    const decision = decide(claimIn('in_review'), act('forward', { note: 'checked' }, DISTRIBUTOR));
    expect(effectsOf(decision, 'transition')).toEqual([
      { type: 'transition', from: 'in_review', to: 'forwarded', actor: { role: 'distributor', partyId: 'distri-west' }, reason: 'forwarded to ad-notam after review: checked', data: { action: 'forward' } },
    ]);
    expect(portalRequestsOf(decision)).toEqual([]);
  });

  it('asks a portal manufacturer to open the RMA once forwarded', () => {
    const decision = decide(ubiquitiClaimIn('in_review'), act('forward', {}, DISTRIBUTOR), { channel: PORTAL_CHANNEL });
    expect(portalRequestsOf(decision)).toHaveLength(1);
    expect(portalRequestsOf(decision)[0]).toMatchObject({ manufacturerId: 'ubiquiti', lines: [{ serial: 'S1' }] });
  });
});

// ---------------------------------------------------------------------------------------------
// The manufacturer's moves.
// ---------------------------------------------------------------------------------------------

describe('authorize', () => {
  it('puts one RMA number on every line and the manufacturer’s hop, authorizes the claim and starts its validity (30 days)', () => {
    const decision = decide(claimIn('forwarded', { serials: ['S1', 'S2'] }), act('authorize', { rmaNumber: 'SI-2026-000123' }, AD_NOTAM_KEY));
    expect(effectsOf(decision, 'reference')).toEqual([{ type: 'reference', partyId: 'ad-notam', reference: 'SI-2026-000123' }]);
    expect(lineChangesOf(decision)).toEqual([
      { lineId: lineId(1), changes: { status: 'authorized', upstreamRma: 'SI-2026-000123' } },
      { lineId: lineId(2), changes: { status: 'authorized', upstreamRma: 'SI-2026-000123' } },
    ]);
    const [move] = effectsOf(decision, 'transition');
    expect(move).toMatchObject({ from: 'forwarded', to: 'authorized', actor: { role: 'manufacturer', partyId: 'ad-notam' }, reason: 'ad-notam issued RMA SI-2026-000123' });
    expect(move?.data).toMatchObject({ rmaNumbers: ['SI-2026-000123'] });
    expect(timersOf(decision)).toEqual([{ kind: 'rma_expiry', dueAt: new Date(NOW.getTime() + 30 * DAY_MS), rule: 'rma_validity', policy: AD_NOTAM.ref }]);
  });

  it('records the SLA figure: the manufacturer’s working minutes from submission to its number (002 §4)', () => {
    // Submitted Tuesday 09:00 Paris, authorized Wednesday 11:00 Paris: 9 h + 2 h.
    const decision = decide(claimIn('forwarded'), act('authorize', { rmaNumber: 'SI-1' }, AD_NOTAM_KEY));
    expect(effectsOf(decision, 'transition')[0]?.data).toMatchObject({ slaBusinessMinutes: 660 });
  });

  it('lets the RMA lapse on the validUntil the manufacturer gives (a date means the end of that day)', () => {
    const decision = decide(claimIn('forwarded'), act('authorize', { rmaNumber: 'SI-1', validUntil: '2026-12-20' }, AD_NOTAM_KEY));
    expect(timersOf(decision)).toEqual([expect.objectContaining({ kind: 'rma_expiry', dueAt: new Date('2026-12-20T23:59:59Z') })]);
  });

  it.each(['2026-12-01', '2026-12-02T10:00:00Z', '2026-12-02T09:59:00+00:00'])('refuses a validUntil that is not in the future (%s)', (validUntil) => {
    expect(refused(decide(claimIn('forwarded'), act('authorize', { rmaNumber: 'SI-1', validUntil }, AD_NOTAM_KEY)))).toEqual({
      code: 'CLAIM.DEADLINE_PASSED',
      detail: `${validUntil} has already passed`,
      errors: [{ pointer: '/validUntil', detail: 'must lie in the future' }],
      currentStatus: 'forwarded',
    });
  });

  it('takes one number per line', () => {
    const decision = decide(claimIn('forwarded', { serials: ['S1', 'S2'] }), act('authorize', { lines: [{ serial: 'S2', rmaNumber: 'R-2' }, { serial: 'S1', rmaNumber: 'R-1' }] }, AD_NOTAM_KEY));
    expect(lineChangesOf(decision)).toEqual([
      { lineId: lineId(2), changes: { status: 'authorized', upstreamRma: 'R-2' } },
      { lineId: lineId(1), changes: { status: 'authorized', upstreamRma: 'R-1' } },
    ]);
    expect(effectsOf(decision, 'reference')[0]?.reference).toBe('R-1, R-2');
    expect(accepted(decision).status).toBe('authorized');
  });

  it('leaves the claim forwarded while some lines still wait for their number, and starts no validity clock', () => {
    const decision = decide(claimIn('forwarded', { serials: ['S1', 'S2'] }), act('authorize', { lines: [{ serial: 'S1', rmaNumber: 'R-1' }] }, AD_NOTAM_KEY));
    expect(accepted(decision).status).toBe('forwarded');
    expect(movesOf(decision)).toEqual([]);
    expect(timersOf(decision)).toEqual([]);
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { status: 'authorized', upstreamRma: 'R-1' } }]);
    expect(notesOf(decision)[0]?.reason).toBe('ad-notam issued RMA R-1; waiting for S2');
  });

  it('authorizes the claim when the last line gets its number, naming every number on the hop', () => {
    const claim = claimIn('forwarded', { lines: [lineOf(1, 'S1', 'authorized', { upstreamRma: 'R-1' }), lineOf(2, 'S2', 'forwarded')] });
    const decision = decide(claim, act('authorize', { lines: [{ serial: 'S2', rmaNumber: 'R-2' }] }, AD_NOTAM_KEY));
    expect(movesOf(decision)).toEqual([['forwarded', 'authorized']]);
    expect(effectsOf(decision, 'reference')[0]?.reference).toBe('R-1, R-2');
    expect(effectsOf(decision, 'transition')[0]?.data).toMatchObject({ rmaNumbers: ['R-1', 'R-2'] });
  });

  it('refuses a new number for a line that already has one', () => {
    const claim = claimIn('forwarded', { lines: [lineOf(1, 'S1', 'authorized', { upstreamRma: 'R-1' }), lineOf(2, 'S2', 'forwarded')] });
    expect(refused(decide(claim, act('authorize', { lines: [{ serial: 'S1', rmaNumber: 'R-9' }] }, AD_NOTAM_KEY)))).toMatchObject({
      code: 'CLAIM.ACTION_NOT_ALLOWED',
      errors: [{ pointer: '/lines/0/serial', detail: 'S1 already carries RMA R-1' }],
    });
  });

  it('refuses a number for a serial the claim does not carry', () => {
    expect(refused(decide(claimIn('forwarded'), act('authorize', { lines: [{ serial: 'S9', rmaNumber: 'R-9' }] }, AD_NOTAM_KEY)))).toMatchObject({
      code: 'CLAIM.UNKNOWN_LINE',
      errors: [{ pointer: '/lines/0/serial', detail: 'the claim has no line with serial S9' }],
    });
  });

  it('uses the support ticket as the RMA number where the policy says so (000), recorded as the distributor acting for the manufacturer', () => {
    const claim = claimIn('forwarded', { manufacturerId: 'charge-amps', supportTicket: 'CA-TICKET-42' });
    const decision = decide(claim, act('authorize', {}, DISTRIBUTOR), { policy: CHARGE_AMPS, channel: DISTRIBUTOR_CHANNEL });
    const actor = { role: 'manufacturer', partyId: 'charge-amps', actedBy: 'distri-west' };
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { status: 'authorized', upstreamRma: 'CA-TICKET-42' } }]);
    expect(notesOf(decision)).toEqual([
      { type: 'note', actor, reason: "charge-amps's support ticket CA-TICKET-42 doubles as the RMA number", data: { rule: 'support_ticket', policy: CHARGE_AMPS.ref } },
    ]);
    expect(effectsOf(decision, 'transition')[0]).toMatchObject({ actor, reason: 'distri-west for charge-amps issued RMA CA-TICKET-42' });
  });

  it('uses the hub-issued number for every line when the manufacturer names none', () => {
    const decision = decide(claimIn('forwarded', { serials: ['S1', 'S2'] }), act('authorize', {}, AD_NOTAM_KEY, ['SI-2026-000001']));
    expect(lineChangesOf(decision).map(({ changes }) => changes.upstreamRma)).toEqual(['SI-2026-000001', 'SI-2026-000001']);
    expect(notesOf(decision)).toEqual([]);
  });

  it('uses one hub-issued number per serial under rmaPerSerial (004)', () => {
    const claim = claimIn('forwarded', { manufacturerId: 'alkeria', serials: ['S1', 'S2'] });
    const decision = decide(claim, act('authorize', {}, DISTRIBUTOR, ['AK-2026-000001', 'AK-2026-000002']), { policy: ALKERIA, channel: DISTRIBUTOR_CHANNEL });
    expect(lineChangesOf(decision).map(({ changes }) => changes.upstreamRma)).toEqual(['AK-2026-000001', 'AK-2026-000002']);
    expect(accepted(decision).status).toBe('authorized');
  });

  it('refuses a single RMA number for several lines under rmaPerSerial (004)', () => {
    const claim = claimIn('forwarded', { manufacturerId: 'alkeria', serials: ['S1', 'S2'] });
    expect(refused(decide(claim, act('authorize', { rmaNumber: 'AK-1' }, DISTRIBUTOR), { policy: ALKERIA, channel: DISTRIBUTOR_CHANNEL }))).toEqual({
      code: 'CLAIM.RMA_NUMBER_REQUIRED',
      detail: 'alkeria issues one RMA number per serial: give lines[].rmaNumber for S1, S2, or none to have the hub issue them',
      errors: [{ pointer: '/rmaNumber', detail: 'one RMA number per serial' }],
      currentStatus: 'forwarded',
    });
  });

  it('takes a single RMA number under rmaPerSerial when only one line is left without one', () => {
    const claim = claimIn('forwarded', { manufacturerId: 'alkeria', lines: [lineOf(1, 'S1', 'authorized', { upstreamRma: 'AK-1' }), lineOf(2, 'S2', 'forwarded')] });
    const decision = decide(claim, act('authorize', { rmaNumber: 'AK-2' }, DISTRIBUTOR), { policy: ALKERIA, channel: DISTRIBUTOR_CHANNEL });
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(2), changes: { status: 'authorized', upstreamRma: 'AK-2' } }]);
    expect(accepted(decision).status).toBe('authorized');
  });

  it('grants an advance replacement for a listed category, with the defective unit due back in 15 business days (002 §8)', () => {
    const claim = claimIn('forwarded', { advanceReplacementRequested: true, lines: [lineOf(1, 'S1', 'forwarded', { category: 'monitor' })] });
    const decision = decide(claim, act('authorize', { rmaNumber: 'SI-1' }, AD_NOTAM_KEY));
    const advance = notesOf(decision).find((note) => note.data?.['rule'] === 'advance_replacement');
    expect(advance).toMatchObject({
      actor: { role: 'hub', partyId: null },
      reason: 'advance replacement granted: defective unit due back within 15 business days, by 2026-12-23',
      data: { lines: [{ serial: 'S1', eligible: true, returnBy: '2026-12-23' }] },
    });
    expect(timersOf(decision)).toContainEqual({ kind: 'advance_return', dueAt: new Date('2026-12-23T23:59:59Z'), rule: 'advance_replacement', policy: AD_NOTAM.ref });
  });

  it('refuses an advance replacement for a category the policy does not list, and sets no return deadline', () => {
    const claim = claimIn('forwarded', { advanceReplacementRequested: true, lines: [lineOf(1, 'S1', 'forwarded', { category: 'cable' })] });
    const decision = decide(claim, act('authorize', { rmaNumber: 'SI-1' }, AD_NOTAM_KEY));
    expect(notesOf(decision).map((note) => note.reason)).toContain('advance replacement refused: advance replacement is only for monitor, power_adapter products');
    expect(timersOf(decision).map((timer) => timer.kind)).toEqual(['rma_expiry']);
  });

  it('puts no advance replacement on record when none was asked for', () => {
    const claim = claimIn('forwarded', { lines: [lineOf(1, 'S1', 'forwarded', { category: 'monitor' })] });
    const decision = decide(claim, act('authorize', { rmaNumber: 'SI-1' }, AD_NOTAM_KEY));
    expect(notesOf(decision)).toEqual([]);
    expect(timersOf(decision).map((timer) => timer.kind)).toEqual(['rma_expiry']);
  });
});

describe('request-info', () => {
  it('parks a forwarded claim in needs_info with what the manufacturer asks for', () => {
    const decision = decide(claimIn('forwarded'), act('request-info', { missing: ['proofOfPurchase', 'dealer'], message: 'please attach the invoice' }, AD_NOTAM_KEY));
    expect(effectsOf(decision, 'transition')).toEqual([
      {
        type: 'transition',
        from: 'forwarded',
        to: 'needs_info',
        actor: { role: 'manufacturer', partyId: 'ad-notam' },
        reason: 'ad-notam needs proofOfPurchase, dealer: please attach the invoice',
        data: { action: 'request-info', missing: ['proofOfPurchase', 'dealer'] },
      },
    ]);
  });

  it('names both parties when the distributor asks for the manufacturer', () => {
    const decision = decide(claimIn('forwarded', { manufacturerId: 'charge-amps' }), act('request-info', { missing: ['supportTicket'] }, DISTRIBUTOR), { policy: CHARGE_AMPS, channel: DISTRIBUTOR_CHANNEL });
    expect(effectsOf(decision, 'transition')[0]?.reason).toBe('distri-west for charge-amps needs supportTicket');
  });
});

describe('reject', () => {
  it.each<ClaimStatus>(['forwarded', 'received'])('rejects a claim in %s with the reason, and drops the deadlines', (status) => {
    const decision = decide(claimIn(status), act('reject', { reason: 'water damage' }, AD_NOTAM_KEY));
    expect(effectsOf(decision, 'transition')[0]).toMatchObject({ from: status, to: 'rejected', reason: 'ad-notam rejected the claim: water damage' });
    expect(cancelledTimersOf(decision)).toEqual(['rma_expiry', 'advance_return', 'quote_timeout']);
  });

  it('refuses to reject goods on their way', () => {
    expect(refused(decide(claimIn('in_transit'), act('reject', { reason: 'late' }, AD_NOTAM_KEY)))).toMatchObject({ code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: 'in_transit', allowedNext: ['received'] });
  });
});

describe('receive', () => {
  it('receives authorized goods without any fee, and stops the RMA validity clock', () => {
    const decision = decide(claimIn('in_transit'), act('receive', {}, AD_NOTAM_KEY));
    expect(effectsOf(decision, 'transition')).toEqual([
      { type: 'transition', from: 'in_transit', to: 'received', actor: { role: 'manufacturer', partyId: 'ad-notam' }, reason: 'ad-notam received S1', data: { action: 'receive' } },
    ]);
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { status: 'received' } }]);
    expect(cancelledTimersOf(decision)).toEqual(['rma_expiry', 'advance_return']);
    expect(chargesOf(decision)).toEqual([]);
  });

  it('receives goods before the reseller reported shipping them (authorized → received)', () => {
    expect(movesOf(decide(claimIn('authorized'), act('receive', {}, AD_NOTAM_KEY)))).toEqual([['authorized', 'received']]);
  });

  it('charges the admin fee for goods that arrive without an authorized RMA number (002 §3)', () => {
    const decision = decide(claimIn('forwarded'), act('receive', {}, AD_NOTAM_KEY));
    expect(movesOf(decision)).toEqual([['forwarded', 'received']]);
    expect(effectsOf(decision, 'transition')[0]?.reason).toBe('ad-notam received S1 without an authorized RMA number');
    expect(chargesOf(decision)).toEqual([{ kind: 'admin', amount: 75, currency: 'EUR', rule: 'admin_fee', policy: AD_NOTAM.ref, reason: 'goods arrived without an authorized RMA number' }]);
  });

  it('charges no admin fee when the policy has none', () => {
    const decision = decide(claimIn('forwarded', { manufacturerId: 'alkeria' }), act('receive', {}, DISTRIBUTOR), { policy: ALKERIA, channel: DISTRIBUTOR_CHANNEL });
    expect(accepted(decision).status).toBe('received');
    expect(chargesOf(decision)).toEqual([]);
  });

  it('waits for the other units when only some arrive', () => {
    const decision = decide(claimIn('in_transit', { serials: ['S1', 'S2'] }), act('receive', { lines: ['S1'] }, AD_NOTAM_KEY));
    expect(accepted(decision).status).toBe('in_transit');
    expect(movesOf(decision)).toEqual([]);
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { status: 'received' } }]);
    expect(notesOf(decision)).toEqual([
      { type: 'note', actor: { role: 'manufacturer', partyId: 'ad-notam' }, reason: 'ad-notam received S1; waiting for S2', data: { action: 'receive', lines: ['S1'] } },
    ]);
  });

  it('receives the claim with its last unit, receiving only the units not yet in', () => {
    const claim = claimIn('in_transit', { lines: [lineOf(1, 'S1', 'received'), lineOf(2, 'S2', 'in_transit')] });
    const decision = decide(claim, act('receive', {}, AD_NOTAM_KEY));
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(2), changes: { status: 'received' } }]);
    expect(movesOf(decision)).toEqual([['in_transit', 'received']]);
  });

  it('charges the restocking fee on an order error (003)', () => {
    const policy = policyOf('ad-notam', { warranty: { months: 24 }, fees: { restocking: { amount: 15, currency: 'EUR' } } });
    const decision = decide(claimIn('in_transit', { returnReason: 'order_error' }), act('receive', {}, AD_NOTAM_KEY), { policy });
    expect(chargesOf(decision)).toEqual([{ kind: 'restocking', amount: 15, currency: 'EUR', rule: 'restocking_fee', policy: policy.ref, reason: 'order error: credit note less restocking' }]);
  });

  it('sends out-of-warranty goods straight to quote_pending as the hub, with the scrap clock (002 §10, §11)', () => {
    const decision = decide(claimIn('in_transit', { warranty: OUT_OF_WARRANTY }), act('receive', {}, AD_NOTAM_KEY));
    expect(accepted(decision).status).toBe('quote_pending');
    expect(movesOf(decision)).toEqual([
      ['in_transit', 'received'],
      ['received', 'quote_pending'],
    ]);
    expect(effectsOf(decision, 'transition')[1]).toMatchObject({ actor: { role: 'hub', partyId: null }, data: { rule: 'quote_required', policy: AD_NOTAM.ref } });
    expect(timersOf(decision)).toEqual([{ kind: 'scrap', dueAt: new Date(NOW.getTime() + 90 * DAY_MS), rule: 'scrap', policy: AD_NOTAM.ref }]);
  });

  it('starts the quote timeout as well when the policy has one', () => {
    const policy = policyOf('ad-notam', { warranty: { months: 24 }, quote: { requiredOutOfWarranty: true, timeoutDays: 21 } });
    const decision = decide(claimIn('in_transit', { warranty: OUT_OF_WARRANTY }), act('receive', {}, AD_NOTAM_KEY), { policy });
    expect(timersOf(decision)).toEqual([{ kind: 'quote_timeout', dueAt: new Date(NOW.getTime() + 21 * DAY_MS), rule: 'quote_timeout', policy: policy.ref }]);
  });

  it('keeps out-of-warranty goods in received when the policy needs no quote', () => {
    const policy = policyOf('ad-notam', { warranty: { months: 24 }, quote: { requiredOutOfWarranty: false } });
    expect(accepted(decide(claimIn('in_transit', { warranty: OUT_OF_WARRANTY }), act('receive', {}, AD_NOTAM_KEY), { policy })).status).toBe('received');
  });

  it('refuses a serial the claim does not carry', () => {
    expect(refused(decide(claimIn('in_transit'), act('receive', { lines: ['S9'] }, AD_NOTAM_KEY)))).toMatchObject({
      code: 'CLAIM.UNKNOWN_LINE',
      errors: [{ pointer: '/lines/0', detail: 'the claim has no line with serial S9' }],
    });
  });
});

describe('quote', () => {
  it('quotes the repair of received goods: quote_pending with the quote on the claim', () => {
    const decision = decide(claimIn('received', { warranty: OUT_OF_WARRANTY }), act('quote', { amount: 120, currency: 'EUR' }, AD_NOTAM_KEY));
    const quote = { amount: 120, currency: 'EUR', validUntil: null, quotedAt: NOW.toISOString() };
    expect(fieldsSetBy(decision)).toEqual({ quote });
    expect(effectsOf(decision, 'transition')).toEqual([
      { type: 'transition', from: 'received', to: 'quote_pending', actor: { role: 'manufacturer', partyId: 'ad-notam' }, reason: 'ad-notam quoted 120.00 EUR for the repair', data: { action: 'quote', quote } },
    ]);
  });

  it('times the quote out at its validUntil', () => {
    const decision = decide(claimIn('received'), act('quote', { amount: 80, currency: 'EUR', validUntil: '2026-12-16' }, AD_NOTAM_KEY));
    expect(fieldsSetBy(decision).quote).toMatchObject({ validUntil: '2026-12-16T23:59:59.000Z' });
    expect(timersOf(decision)).toContainEqual({ kind: 'quote_timeout', dueAt: new Date('2026-12-16T23:59:59Z'), rule: 'quote_timeout', policy: AD_NOTAM.ref });
  });

  it('updates a pending quote without moving the claim', () => {
    const decision = decide(claimIn('quote_pending'), act('quote', { amount: 95.5, currency: 'EUR' }, AD_NOTAM_KEY));
    expect(movesOf(decision)).toEqual([]);
    expect(fieldsSetBy(decision).quote).toMatchObject({ amount: 95.5 });
    expect(notesOf(decision)[0]?.reason).toBe('ad-notam quoted 95.50 EUR for the repair');
    expect(cancelledTimersOf(decision)).toEqual([]);
  });

  it('moves the quote timeout to the new validUntil of an updated quote', () => {
    const decision = decide(claimIn('quote_pending'), act('quote', { amount: 95, currency: 'EUR', validUntil: '2027-01-10T12:00:00Z' }, AD_NOTAM_KEY));
    expect(cancelledTimersOf(decision)).toEqual(['quote_timeout']);
    expect(timersOf(decision)).toEqual([{ kind: 'quote_timeout', dueAt: new Date('2027-01-10T12:00:00Z'), rule: 'quote_timeout', policy: AD_NOTAM.ref }]);
  });

  it('refuses a quote valid until a day that has passed', () => {
    expect(refused(decide(claimIn('received'), act('quote', { amount: 80, currency: 'EUR', validUntil: '2026-11-30' }, AD_NOTAM_KEY)))).toMatchObject({
      code: 'CLAIM.DEADLINE_PASSED',
      errors: [{ pointer: '/validUntil', detail: 'must lie in the future' }],
    });
  });
});

describe('start-repair', () => {
  it('starts the repair of received goods', () => {
    const decision = decide(claimIn('received'), act('start-repair', { note: 'replacing the panel' }, AD_NOTAM_KEY));
    expect(effectsOf(decision, 'transition')[0]).toMatchObject({ from: 'received', to: 'repairing', reason: 'ad-notam started the repair: replacing the panel' });
    expect(cancelledTimersOf(decision)).toEqual(['scrap', 'quote_timeout']);
  });

  it('refuses to start a repair while the quote waits for the reseller', () => {
    expect(refused(decide(claimIn('quote_pending'), act('start-repair', {}, AD_NOTAM_KEY)))).toMatchObject({ code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: 'quote_pending', allowedNext: ['shipped_back'] });
  });
});

describe('resolve', () => {
  it('resolves with no fault found and charges the inspection fee (002 §9.3)', () => {
    const decision = decide(claimIn('received'), act('resolve', { resolution: 'no_fault_found' }, AD_NOTAM_KEY));
    expect(effectsOf(decision, 'transition')[0]).toMatchObject({ from: 'received', to: 'resolved', reason: 'ad-notam resolved the claim: no fault found', data: { action: 'resolve', resolution: 'no_fault_found' } });
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { status: 'resolved', outcome: 'no_fault_found' } }]);
    expect(fieldsSetBy(decision)).toEqual({ resolution: 'no_fault_found' });
    expect(chargesOf(decision)).toEqual([{ kind: 'inspection', amount: 75, currency: 'EUR', rule: 'inspection_fee', policy: AD_NOTAM.ref, reason: 'no fault found' }]);
  });

  it('charges nothing for a repair', () => {
    expect(chargesOf(decide(claimIn('repairing'), act('resolve', { resolution: 'repaired' }, AD_NOTAM_KEY)))).toEqual([]);
  });

  it.each(['replaced', 'refurbished_replacement'] as const)('refuses a %s resolution that does not name each replacement', (resolution) => {
    expect(refused(decide(claimIn('repairing'), act('resolve', { resolution }, AD_NOTAM_KEY)))).toMatchObject({
      code: 'CLAIM.UNKNOWN_LINE',
      errors: [{ pointer: '/lines', detail: 'give lines[] with serial, outcome and replacementSerial' }],
    });
  });

  it('records the replacement serial, carrying the longer remaining original warranty onto it', () => {
    const decision = decide(claimIn('repairing'), act('resolve', { resolution: 'replaced', lines: [{ serial: 'S1', outcome: 'replaced', replacementSerial: 'S1-NEW' }] }, AD_NOTAM_KEY));
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { status: 'resolved', outcome: 'replaced', replacementSerial: 'S1-NEW', warrantyEndsOn: '2028-03-09' } }]);
    expect(notesOf(decision)).toContainEqual({
      type: 'note',
      actor: { role: 'hub', partyId: null },
      reason: 'replacement S1-NEW (for S1) is under warranty until 2028-03-09: the remaining original warranty, until 2028-03-09',
      data: { rule: 'repair_warranty', policy: AD_NOTAM.ref, serial: 'S1', warrantyEndsOn: '2028-03-09' },
    });
  });

  it('gives a repaired unit 90 days when less of its original warranty remains (002 §8, §9.1)', () => {
    const decision = decide(claimIn('repairing', { warranty: verdict('in_warranty', '2026-12-20') }), act('resolve', { resolution: 'repaired' }, AD_NOTAM_KEY));
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { status: 'resolved', outcome: 'repaired', warrantyEndsOn: '2027-03-02' } }]);
    expect(notesOf(decision)[0]?.reason).toBe('unit S1 is under warranty until 2027-03-02: 90 days from the repair');
  });

  it('gives an out-of-warranty unit repaired after an approved quote 90 days', () => {
    const decision = decide(claimIn('repairing', { warranty: OUT_OF_WARRANTY }), act('resolve', { resolution: 'repaired' }, AD_NOTAM_KEY));
    expect(lineChangesOf(decision)[0]?.changes.warrantyEndsOn).toBe('2027-03-02');
  });

  it('carries no warranty onto a credited unit', () => {
    const decision = decide(claimIn('received'), act('resolve', { resolution: 'credited' }, AD_NOTAM_KEY));
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { status: 'resolved', outcome: 'credited' } }]);
    expect(notesOf(decision)).toEqual([]);
  });

  it('refuses an outcome for a serial the claim does not carry', () => {
    const body = { resolution: 'repaired' as const, lines: [{ serial: 'S9', outcome: 'repaired' as const }] };
    expect(refused(decide(claimIn('repairing'), act('resolve', body, AD_NOTAM_KEY)))).toMatchObject({
      code: 'CLAIM.UNKNOWN_LINE',
      errors: [{ pointer: '/lines/0/serial', detail: 'the claim has no line with serial S9' }],
    });
  });

  it('refuses to resolve while a unit has no outcome', () => {
    const body = { resolution: 'repaired' as const, lines: [{ serial: 'S1', outcome: 'repaired' as const }] };
    expect(refused(decide(claimIn('repairing', { serials: ['S1', 'S2'] }), act('resolve', body, AD_NOTAM_KEY)))).toMatchObject({
      code: 'CLAIM.UNKNOWN_LINE',
      detail: 'every unit needs an outcome; missing S2',
    });
  });
});

describe('ship-back', () => {
  it.each<ClaimStatus>(['resolved', 'rejected'])('ships the goods of a %s claim back with the return shipment', (status) => {
    const decision = decide(claimIn(status), act('ship-back', { carrier: 'UPS', trackingNumber: '1Z999' }, AD_NOTAM_KEY));
    expect(fieldsSetBy(decision)).toEqual({ returnShipment: { carrier: 'UPS', trackingNumber: '1Z999', shippedAt: NOW.toISOString() } });
    expect(effectsOf(decision, 'transition')[0]).toMatchObject({ from: status, to: 'shipped_back', reason: 'ad-notam shipped the goods back with UPS, tracking 1Z999' });
    expect(cancelledTimersOf(decision)).toEqual(['scrap', 'quote_timeout']);
  });
});

describe('close', () => {
  it.each<ClaimStatus>(['resolved', 'shipped_back', 'rejected'])('closes a %s claim and drops every deadline', (status) => {
    const decision = decide(claimIn(status), act('close', { note: 'done' }, AD_NOTAM_KEY));
    expect(effectsOf(decision, 'transition')[0]).toMatchObject({ from: status, to: 'closed', reason: 'ad-notam closed the claim: done' });
    expect(cancelledTimersOf(decision)).toEqual([...TIMER_KINDS]);
  });

  it('refuses to close a claim still being repaired', () => {
    expect(refused(decide(claimIn('repairing'), act('close', {}, AD_NOTAM_KEY)))).toMatchObject({ code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: 'repairing', allowedNext: ['resolved'] });
  });
});

// ---------------------------------------------------------------------------------------------
// Who may act.
// ---------------------------------------------------------------------------------------------

describe('who may act', () => {
  it('answers NOT_FOUND, and nothing more, to a party off the chain', () => {
    expect(refused(decide(claimIn('needs_info'), act('add-info', { dealer: 'Shop' }, STRANGER)))).toEqual({ code: 'CLAIM.NOT_FOUND', detail: 'Claim not found' });
  });

  it('answers NOT_FOUND to the manufacturer before the claim reaches its chain, even at the wrong moment', () => {
    expect(refused(decide(claimIn('submitted', { distributorId: null }), act('authorize', { rmaNumber: 'SI-1' }, AD_NOTAM_KEY)))).toEqual({ code: 'CLAIM.NOT_FOUND', detail: 'Claim not found' });
  });

  it('forbids the manufacturer the reseller’s moves: a manufacturer key cannot reject-quote', () => {
    expect(refused(decide(claimIn('quote_pending'), act('reject-quote', {}, AD_NOTAM_KEY)))).toEqual({
      code: 'CLAIM.ACTION_FORBIDDEN',
      detail: "ad-notam cannot reject-quote this claim: it is the reseller's move",
    });
  });

  it('forbids the reseller the manufacturer’s moves', () => {
    expect(refused(decide(claimIn('forwarded'), act('authorize', { rmaNumber: 'SI-1' }, RESELLER)))).toEqual({
      code: 'CLAIM.ACTION_FORBIDDEN',
      detail: 'reseller-alpha cannot authorize this claim: only ad-notam takes its moves',
    });
  });

  it('forbids the distributor the moves of a manufacturer that is in the hub', () => {
    expect(refused(decide(claimIn('forwarded'), act('receive', {}, DISTRIBUTOR)))).toMatchObject({ code: 'CLAIM.ACTION_FORBIDDEN' });
  });

  it('forbids a portal manufacturer to authorize over HTTP: its moves come from its portal', () => {
    expect(refused(decide(ubiquitiClaimIn('forwarded'), act('authorize', { rmaNumber: 'UBNT-1' }, UBIQUITI_KEY), { channel: PORTAL_CHANNEL }))).toEqual({
      code: 'CLAIM.ACTION_FORBIDDEN',
      detail: "ubiquiti cannot authorize this claim: ubiquiti's moves come from its ubiquiti portal",
    });
  });

  it('forbids the reseller to forward for the distributor', () => {
    expect(refused(decide(claimIn('in_review'), act('forward', {}, RESELLER)))).toMatchObject({ code: 'CLAIM.ACTION_FORBIDDEN', detail: "reseller-alpha cannot forward this claim: it is the distributor's move" });
  });

  it('forbids before it refuses the moment: the wrong party at the wrong time gets ACTION_FORBIDDEN', () => {
    expect(refused(decide(claimIn('closed'), act('ship', { carrier: 'DHL', trackingNumber: '1' }, AD_NOTAM_KEY)))).toMatchObject({ code: 'CLAIM.ACTION_FORBIDDEN' });
  });

  it('lets the distributor play a manufacturer handled by the distributor, recording both (actor.actedBy)', () => {
    const decision = decide(claimIn('forwarded', { manufacturerId: 'charge-amps' }), act('authorize', { rmaNumber: 'CA-RMA-7' }, DISTRIBUTOR), { policy: CHARGE_AMPS, channel: DISTRIBUTOR_CHANNEL });
    expect(effectsOf(decision, 'transition')[0]).toMatchObject({
      actor: { role: 'manufacturer', partyId: 'charge-amps', actedBy: 'distri-west' },
      reason: 'distri-west for charge-amps issued RMA CA-RMA-7',
    });
  });

  it('still lets that distributor take its own distributor moves in its own name', () => {
    const decision = decide(claimIn('in_review', { manufacturerId: 'charge-amps' }), act('forward', {}, DISTRIBUTOR), { policy: CHARGE_AMPS, channel: DISTRIBUTOR_CHANNEL });
    expect(effectsOf(decision, 'transition')[0]?.actor).toEqual({ role: 'distributor', partyId: 'distri-west' });
  });

  it.each<[string, ClaimState, ClaimCommand, ChannelState]>([
    ['authorize for a portal manufacturer', ubiquitiClaimIn('forwarded'), act('authorize', { rmaNumber: 'UBNT-1' }, OPERATOR), PORTAL_CHANNEL],
    ['cancel for the reseller', claimIn('forwarded'), act('cancel', {}, OPERATOR), HUB_CHANNEL],
    ['reject-quote for the reseller', claimIn('quote_pending'), act('reject-quote', {}, OPERATOR), HUB_CHANNEL],
    ['forward for the distributor', claimIn('in_review'), act('forward', {}, OPERATOR), HUB_CHANNEL],
    ['resolve for a distributor-handled manufacturer', claimIn('repairing'), act('resolve', { resolution: 'repaired' }, OPERATOR), DISTRIBUTOR_CHANNEL],
  ])('lets an operator %s, recorded as operator', (_, claim, command, channel) => {
    const [move] = effectsOf(decide(claim, command, { channel }), 'transition');
    expect(move?.actor).toEqual({ role: 'operator', partyId: 'hub-operator' });
  });

  it('refuses the right party at the wrong moment with the current status and where it may take the claim', () => {
    expect(refused(decide(claimIn('authorized'), act('authorize', { rmaNumber: 'SI-2' }, AD_NOTAM_KEY)))).toEqual({
      code: 'CLAIM.ACTION_NOT_ALLOWED',
      detail: 'only a forwarded claim can be authorized',
      currentStatus: 'authorized',
      allowedNext: ['received'],
    });
  });

  it('tells an operator at the wrong moment every next status', () => {
    expect(refused(decide(claimIn('received'), act('ship', { carrier: 'DHL', trackingNumber: '1' }, OPERATOR)))).toMatchObject({
      code: 'CLAIM.ACTION_NOT_ALLOWED',
      currentStatus: 'received',
      allowedNext: ['quote_pending', 'repairing', 'resolved', 'rejected'],
    });
  });

  it('refuses every move on a final claim, even an operator’s', () => {
    for (const action of CLAIM_ACTIONS) {
      expect(refused(decide(claimIn('closed'), act(action, VALID_BODIES[action] as never, OPERATOR)))).toMatchObject({ code: 'CLAIM.ACTION_NOT_ALLOWED', currentStatus: 'closed', allowedNext: [] });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The portal's reports.
// ---------------------------------------------------------------------------------------------

const onPortal = { channel: PORTAL_CHANNEL, policy: policyOf('ubiquiti', { warranty: { months: 24 }, fees: { inspection: EUR75, admin: EUR75 } }) };

const report = (claim: ClaimState, status: ClaimStatus, portalStatus: string, extra: Partial<Extract<ClaimCommand, { kind: 'portal-reported' }>> = {}): ClaimCommand => ({
  kind: 'portal-reported',
  rmaNumber: 'UBNT-1',
  lineIds: claim.lines.map((line) => line.id),
  status,
  portalStatus,
  source: 'webhook',
  ...extra,
});

describe('portal-opened', () => {
  it('authorizes the claim with the portal’s number, as the manufacturer', () => {
    const claim = ubiquitiClaimIn('forwarded');
    const decision = decide(claim, { kind: 'portal-opened', lines: [{ lineId: lineId(1), rmaNumber: 'UBNT-1' }] }, onPortal);
    expect(effectsOf(decision, 'transition')[0]).toMatchObject({ from: 'forwarded', to: 'authorized', actor: { role: 'manufacturer', partyId: 'ubiquiti' }, reason: 'ubiquiti issued RMA UBNT-1' });
    expect(effectsOf(decision, 'reference')).toEqual([{ type: 'reference', partyId: 'ubiquiti', reference: 'UBNT-1' }]);
    expect(timersOf(decision).map((timer) => timer.kind)).toEqual(['rma_expiry']);
  });

  it('refuses numbers for lines the claim does not have', () => {
    const decision = decide(ubiquitiClaimIn('forwarded'), { kind: 'portal-opened', lines: [{ lineId: lineId(9), rmaNumber: 'UBNT-9' }] }, onPortal);
    expect(refused(decision)).toMatchObject({ code: 'CLAIM.REPORT_NOT_APPLICABLE' });
  });

  it('puts the numbers on record without moving a claim that was cancelled meanwhile', () => {
    const decision = decide(ubiquitiClaimIn('cancelled'), { kind: 'portal-opened', lines: [{ lineId: lineId(1), rmaNumber: 'UBNT-1' }] }, onPortal);
    expect(accepted(decision).status).toBe('cancelled');
    expect(movesOf(decision)).toEqual([]);
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { status: 'authorized', upstreamRma: 'UBNT-1' } }]);
  });
});

describe('portal-refused', () => {
  it('parks a forwarded claim in needs_info with what the portal misses', () => {
    const decision = decide(ubiquitiClaimIn('forwarded'), { kind: 'portal-refused', reason: 'portal account unknown', missing: ['portalAccountId'] }, onPortal);
    expect(effectsOf(decision, 'transition')).toEqual([
      { type: 'transition', from: 'forwarded', to: 'needs_info', actor: { role: 'manufacturer', partyId: 'ubiquiti' }, reason: 'portal account unknown', data: { missing: ['portalAccountId'] } },
    ]);
  });

  it('changes nothing once the claim moved on', () => {
    expect(decide(ubiquitiClaimIn('cancelled'), { kind: 'portal-refused', reason: 'late', missing: [] }, onPortal)).toEqual({ accepted: true, status: 'cancelled', effects: [] });
  });
});

describe('portal-reported', () => {
  it('receives the goods the portal reports received', () => {
    const claim = ubiquitiClaimIn('in_transit');
    const decision = decide(claim, report(claim, 'received', 'RECEIVED'), onPortal);
    expect(effectsOf(decision, 'transition')).toEqual([
      {
        type: 'transition',
        from: 'in_transit',
        to: 'received',
        actor: { role: 'manufacturer', partyId: 'ubiquiti' },
        reason: 'ubiquiti reported RECEIVED for RMA UBNT-1 (webhook)',
        data: { rmaNumber: 'UBNT-1', portalStatus: 'RECEIVED' },
      },
    ]);
  });

  it('charges the admin fee when the portal reports goods received before it gave a number', () => {
    const claim = ubiquitiClaimIn('forwarded');
    expect(chargesOf(decide(claim, report(claim, 'received', 'RECEIVED'), onPortal)).map((charge) => charge.kind)).toEqual(['admin']);
  });

  it('resolves with the replacement the portal reports, and the warranty carried onto it', () => {
    const claim = ubiquitiClaimIn('repairing');
    const decision = decide(claim, report(claim, 'resolved', 'REPLACED', { resolution: 'replaced', replacementSerial: 'S1-R' }), onPortal);
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { status: 'resolved', outcome: 'replaced', replacementSerial: 'S1-R', warrantyEndsOn: '2028-03-09' } }]);
    expect(fieldsSetBy(decision)).toEqual({ resolution: 'replaced' });
  });

  it('moves one line and waits for the others when the portal reports on one unit', () => {
    const claim = ubiquitiClaimIn('in_transit', { serials: ['S1', 'S2'] });
    const decision = decide(claim, report(claim, 'received', 'RECEIVED', { lineIds: [lineId(1)] }), onPortal);
    expect(accepted(decision).status).toBe('in_transit');
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { status: 'received' } }]);
    expect(notesOf(decision)[0]?.reason).toBe('ubiquiti reported RECEIVED for RMA UBNT-1 (webhook); waiting for S2');
  });

  it.each<[ClaimStatus, ClaimStatus]>([
    ['received', 'authorized'],
    ['resolved', 'repairing'],
    ['received', 'received'],
    ['closed', 'shipped_back'],
  ])('changes nothing on a late or out-of-order report (claim %s, report %s)', (status, reported) => {
    const claim = ubiquitiClaimIn(status);
    expect(decide(claim, report(claim, reported, 'LATE'), onPortal)).toEqual({ accepted: true, status, effects: [] });
  });

  it('refuses a report that is not a next step of the claim', () => {
    const claim = ubiquitiClaimIn('in_transit');
    expect(refused(decide(claim, report(claim, 'resolved', 'REPLACED'), onPortal))).toEqual({
      code: 'CLAIM.REPORT_NOT_APPLICABLE',
      detail: 'ubiquiti reported REPLACED for UBNT-1, not a next step from in_transit',
      currentStatus: 'in_transit',
      allowedNext: ['received'],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Timers.
// ---------------------------------------------------------------------------------------------

describe('timers', () => {
  it('expires an authorized claim whose goods never arrived', () => {
    const decision = decide(claimIn('authorized'), timerCommand('rma_expiry'));
    expect(effectsOf(decision, 'transition')).toEqual([
      {
        type: 'transition',
        from: 'authorized',
        to: 'expired',
        actor: { role: 'timer', partyId: null },
        reason: 'the goods did not arrive before the RMA number lapsed',
        data: { timer: 'rma_expiry', rule: 'rma_expiry', policy: AD_NOTAM.ref, dueAt: new Date(NOW.getTime() - 60_000).toISOString() },
      },
    ]);
  });

  it('returns an unanswered quote unrepaired and charges the inspection fee', () => {
    const decision = decide(claimIn('quote_pending'), timerCommand('quote_timeout'));
    expect(movesOf(decision)).toEqual([['quote_pending', 'shipped_back']]);
    expect(fieldsSetBy(decision)).toEqual({ resolution: 'returned_unrepaired' });
    expect(chargesOf(decision)).toEqual([expect.objectContaining({ kind: 'inspection', amount: 75, reason: 'repair quote refused' })]);
  });

  it('scraps goods left waiting on a quote past the scrap deadline', () => {
    expect(movesOf(decide(claimIn('quote_pending'), timerCommand('scrap')))).toEqual([['quote_pending', 'scrapped']]);
  });

  it('only puts an advance replacement’s lapsed return on record', () => {
    const decision = decide(claimIn('authorized'), timerCommand('advance_return'));
    expect(accepted(decision).status).toBe('authorized');
    expect(movesOf(decision)).toEqual([]);
    expect(notesOf(decision)).toEqual([
      expect.objectContaining({ actor: { role: 'timer', partyId: null }, reason: 'the defective unit was not returned in time: the advance replacement need not be credited (002 §8)' }),
    ]);
  });

  it.each<[TimerKind, ClaimStatus]>([
    ['rma_expiry', 'in_transit'],
    ['rma_expiry', 'received'],
    ['quote_timeout', 'repairing'],
    ['scrap', 'shipped_back'],
    ['rma_expiry', 'cancelled'],
  ])('does nothing when %s fires for a claim that moved on to %s', (kind, status) => {
    expect(decide(claimIn(status), timerCommand(kind))).toEqual({ accepted: true, status, effects: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// What may I do now?
// ---------------------------------------------------------------------------------------------

describe('allowedActions', () => {
  it.each<[string, ClaimState, CallerState, ChannelState, ClaimActionName[]]>([
    ['the reseller of a parked claim', claimIn('needs_info'), RESELLER, HUB_CHANNEL, ['cancel', 'add-info']],
    ['the reseller of an authorized claim', claimIn('authorized'), RESELLER, HUB_CHANNEL, ['cancel', 'ship']],
    ['the reseller with a quote to answer', claimIn('quote_pending', { quote: QUOTE }), RESELLER, HUB_CHANNEL, ['approve-quote', 'reject-quote']],
    ['the reseller waiting for the quote', claimIn('quote_pending'), RESELLER, HUB_CHANNEL, ['reject-quote']],
    ['the reviewing distributor', claimIn('in_review'), DISTRIBUTOR, HUB_CHANNEL, ['forward']],
    ['the manufacturer in the hub', claimIn('forwarded'), AD_NOTAM_KEY, HUB_CHANNEL, ['authorize', 'request-info', 'reject', 'receive']],
    ['the manufacturer with goods received', claimIn('received'), AD_NOTAM_KEY, HUB_CHANNEL, ['reject', 'quote', 'start-repair', 'resolve']],
    ['the distributor of a manufacturer in the hub', claimIn('forwarded'), DISTRIBUTOR, HUB_CHANNEL, []],
    ['the distributor playing the manufacturer', claimIn('forwarded'), DISTRIBUTOR, DISTRIBUTOR_CHANNEL, ['authorize', 'request-info', 'reject', 'receive']],
    ['a portal manufacturer', ubiquitiClaimIn('forwarded'), UBIQUITI_KEY, PORTAL_CHANNEL, []],
    ['an operator', claimIn('forwarded'), OPERATOR, PORTAL_CHANNEL, ['cancel', 'authorize', 'request-info', 'reject', 'receive']],
    ['a party off the chain', claimIn('needs_info'), STRANGER, HUB_CHANNEL, []],
    ['an operator on a closed claim', claimIn('closed'), OPERATOR, HUB_CHANNEL, []],
  ])('lists for %s exactly the moves it may take now', (_, claim, caller, channel, expected) => {
    expect(allowedActions(claim, caller, channel)).toEqual(expected);
  });

  it('lists only actions decideClaim then accepts from that caller', () => {
    for (const status of Object.keys(CLAIM_LIFECYCLE) as ClaimStatus[]) {
      for (const caller of [RESELLER, DISTRIBUTOR, AD_NOTAM_KEY, OPERATOR]) {
        const claim = claimIn(status, { resumeStatus: status === 'needs_info' ? 'forwarded' : null });
        for (const action of allowedActions(claim, caller, DISTRIBUTOR_CHANNEL)) {
          expect(decide(claim, act(action, VALID_BODIES[action] as never, caller, ['SI-1']), { channel: DISTRIBUTOR_CHANNEL }).accepted).toBe(true);
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Every move a party takes stays inside the lifecycle graph and is announced.
// ---------------------------------------------------------------------------------------------

/** A valid body for each action (checked against the HTTP contract below). */
const VALID_BODIES: { [A in ClaimActionName]: ClaimActionBodies[A] } = {
  cancel: {},
  'add-info': { dealer: 'Elektro Alpha' },
  ship: { carrier: 'DHL', trackingNumber: 'JD0001' },
  'approve-quote': {},
  'reject-quote': {},
  forward: {},
  authorize: { rmaNumber: 'SI-2026-000001' },
  'request-info': { missing: ['proofOfPurchase'] },
  reject: { reason: 'water damage' },
  receive: {},
  quote: { amount: 120, currency: 'EUR' },
  'start-repair': {},
  resolve: { resolution: 'repaired' },
  'ship-back': { carrier: 'UPS', trackingNumber: '1Z999' },
  close: {},
};

/** Who plays each party of an action: the manufacturer in its own name (hub) and through the distributor. */
const PLAYERS: Record<Capacity, { caller: CallerState; channel: ChannelState }[]> = {
  reseller: [{ caller: RESELLER, channel: HUB_CHANNEL }],
  distributor: [{ caller: DISTRIBUTOR, channel: HUB_CHANNEL }],
  manufacturer: [
    { caller: AD_NOTAM_KEY, channel: HUB_CHANNEL },
    { caller: DISTRIBUTOR, channel: DISTRIBUTOR_CHANNEL },
  ],
  operator: [{ caller: OPERATOR, channel: PORTAL_CHANNEL }],
};

/** Where a parked claim resumes: after routing (null or submitted), after review, after the manufacturer asked. */
const resumeStatusesFor = (action: ClaimActionName): (ClaimStatus | null)[] => (action === 'add-info' ? [null, 'submitted', 'in_review', 'forwarded'] : [null]);

const PROPER_MOVES = CLAIM_ACTIONS.flatMap((action) =>
  ACTION_MOVES[action].from.flatMap((from) =>
    [...ACTION_MOVES[action].parties, 'operator' as const].flatMap((party) =>
      PLAYERS[party].flatMap(({ caller, channel }) =>
        [IN_WARRANTY, OUT_OF_WARRANTY].flatMap((warranty) =>
          resumeStatusesFor(action).map((resumeStatus) => ({ action, from, party, caller, channel, warranty, resumeStatus })),
        ),
      ),
    ),
  ),
);

describe('every action taken by its party in every status it is taken from', () => {
  it('has a valid body for every action under the HTTP contract', () => {
    for (const action of CLAIM_ACTIONS) expect(CLAIM_ACTION_BODIES[action].safeParse(VALID_BODIES[action]).success).toBe(true);
  });

  it(`is accepted and never breaks the lifecycle invariant (${PROPER_MOVES.length} cases)`, () => {
    expect(PROPER_MOVES.length).toBeGreaterThan(100);
    for (const { action, from, caller, channel, warranty, resumeStatus } of PROPER_MOVES) {
      const claim = claimIn(from, { warranty, resumeStatus, serials: ['S1', 'S2'], advanceReplacementRequested: true, ...(from === 'quote_pending' ? { quote: QUOTE } : {}) });
      const context = `${action} by ${caller.partyId} (${channel.kind}) from ${from}, ${warranty.status}, resuming ${resumeStatus}`;
      let decision: ClaimDecision | undefined;
      expect(() => (decision = decide(claim, act(action, VALID_BODIES[action] as never, caller, ['SI-1', 'SI-2']), { channel }))).not.toThrow();
      if (!decision?.accepted) throw new Error(`${context}: refused ${decision?.refusal.code}`);

      const moves = effectsOf(decision, 'transition');
      // Only updating a pending quote leaves the status as it is.
      if (!(action === 'quote' && from === 'quote_pending')) expect({ context, moves: moves.length > 0 }).toEqual({ context, moves: true });
      moves.forEach((move, index) => {
        expect(move.from).toBe(index === 0 ? from : moves[index - 1]!.to);
        const actors = CLAIM_LIFECYCLE[move.from][move.to];
        expect({ context, move: `${move.from}→${move.to}`, allowed: actors !== undefined && (move.actor.role === 'operator' || actors.includes(move.actor.role)) }).toEqual({
          context,
          move: `${move.from}→${move.to}`,
          allowed: true,
        });
      });
      expect(decision.status).toBe(moves.at(-1)?.to ?? from);
      expectEveryTransitionAnnounced(decision);
    }
  });
});

describe('every transition publishes rma.claim.status-changed.v1', () => {
  const portalClaim = ubiquitiClaimIn('in_transit');
  it.each<[string, ClaimState, ClaimCommand, Setting]>([
    ['route to forwarded', claimIn('submitted'), { kind: 'route', distributor: DISTRI_WEST_ROUTE }, {}],
    ['route to rejected', claimIn('submitted', { distributorId: null }), { kind: 'route', distributor: null }, {}],
    ['route to needs_info', claimIn('submitted', { dealer: null }), { kind: 'route', distributor: DISTRI_WEST_ROUTE }, {}],
    ['receive into quote_pending (two transitions)', claimIn('in_transit', { warranty: OUT_OF_WARRANTY }), act('receive', {}, AD_NOTAM_KEY), {}],
    ['portal-opened', ubiquitiClaimIn('forwarded'), { kind: 'portal-opened', lines: [{ lineId: lineId(1), rmaNumber: 'UBNT-1' }] }, onPortal],
    ['portal-refused', ubiquitiClaimIn('forwarded'), { kind: 'portal-refused', reason: 'no', missing: ['dealer'] }, onPortal],
    ['portal-reported', portalClaim, report(portalClaim, 'received', 'RECEIVED'), onPortal],
    ['rma_expiry', claimIn('authorized'), timerCommand('rma_expiry'), {}],
    ['quote_timeout', claimIn('quote_pending'), timerCommand('quote_timeout'), {}],
    ['scrap', claimIn('quote_pending'), timerCommand('scrap'), {}],
  ])('%s', (_, claim, command, setting) => {
    const decision = decide(claim, command, setting);
    const moves = effectsOf(decision, 'transition');
    expect(moves.length).toBeGreaterThan(0);
    expect(topicsOf(decision).filter((topic) => topic === CLAIM_STATUS_CHANGED)).toHaveLength(moves.length);
    expectEveryTransitionAnnounced(decision);
  });
});

describe('regressions found by the property tests', () => {
  it('refuses, rather than breaks on, a report for one unit that would carry the claim past where its graph allows', () => {
    const claim = ubiquitiClaimIn('authorized', { serials: ['S1', 'S2'] });
    const ahead = { ...claim, lines: [{ ...claim.lines[0]!, status: 'resolved' as const }, claim.lines[1]!] };
    const refusal = refused(decide(ahead, report(ahead, 'repairing', 'IN_REPAIR', { lineIds: [lineId(2)] }), onPortal));
    expect(refusal).toMatchObject({ code: 'CLAIM.REPORT_NOT_APPLICABLE', currentStatus: 'authorized' });
  });

  it('lets an advance return lapse only while the defective unit is still out', () => {
    expect(notesOf(decide(claimIn('authorized'), timerCommand('advance_return')))).toHaveLength(1);
    expect(accepted(decide(claimIn('received'), timerCommand('advance_return'))).effects).toEqual([]);
  });

  it('completes the contact on add-info instead of replacing it', () => {
    const claim = claimIn('needs_info', { contact: { name: 'Ana Alpha', email: 'ana@reseller-alpha.example' } });
    expect(fieldsSetBy(decide(claim, act('add-info', { contact: { phone: '+49 30 1234' } }, RESELLER))).contact).toEqual({
      name: 'Ana Alpha',
      email: 'ana@reseller-alpha.example',
      phone: '+49 30 1234',
    });
  });

  it('never moves a line back when the portal’s number arrives after the goods', () => {
    const claim = ubiquitiClaimIn('received');
    const decision = decide(claim, { kind: 'portal-opened', lines: [{ lineId: lineId(1), rmaNumber: 'UBNT-9' }] }, onPortal);
    expect(lineChangesOf(decision)).toEqual([{ lineId: lineId(1), changes: { upstreamRma: 'UBNT-9' } }]);
    expect(movesOf(decision)).toEqual([]);
  });

  it('refuses one RMA number for two serials where the policy issues one per serial', () => {
    const claim = claimIn('forwarded', { manufacturerId: 'alkeria', serials: ['S1', 'S2'] });
    const body = { lines: [{ serial: 'S1', rmaNumber: 'AK-1' }, { serial: 'S2', rmaNumber: 'AK-1' }] };
    const refusal = refused(decide(claim, act('authorize', body, DISTRIBUTOR), { policy: ALKERIA, channel: DISTRIBUTOR_CHANNEL }));
    expect(refusal).toMatchObject({ code: 'CLAIM.RMA_NUMBER_REQUIRED', errors: [{ pointer: '/lines/1/rmaNumber' }] });
  });
});
