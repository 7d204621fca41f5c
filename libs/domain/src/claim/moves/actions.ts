import { CLAIM_SUBMITTED, type Actor, type ClaimActionBodies, type ClaimStatus } from '@rma-hub/contracts';
import type { ClaimRefusal } from '../claim-errors';
import type { ClaimLineState, ClaimState } from '../claim-state';
import type { DecisionBuilder } from '../decision-builder';
import type { EntryTerms } from '../deadlines';
import { describeActor, type Capacity } from '../parties';
import { authorizeLines, receiveLines, resolveLines, quoteRefused, reached } from './line-progress';

export type ClaimActionName = keyof ClaimActionBodies;

/** What the service found out before deciding: RMA numbers it issued in the manufacturer's own format. */
export interface ActionInputs {
  issuedRmaNumbers: string[];
}

interface ActionMove<A extends ClaimActionName> {
  /** Who takes this move (an operator may take any). */
  parties: readonly Capacity[];
  /** The statuses the move can be made in, and why not otherwise. */
  from: readonly ClaimStatus[];
  notNow: string;
  /** Besides the status, what the claim must already hold for the move: why it is not ready yet, or null. */
  notReady?(claim: ClaimState): string | null;
  take(b: DecisionBuilder, body: ClaimActionBodies[A], actor: Actor, inputs: ActionInputs): ClaimRefusal | void;
}

/** Statuses in which the goods have not shipped yet, so the claim may still be cancelled (004). */
const BEFORE_SHIPPING: ClaimStatus[] = ['submitted', 'needs_info', 'in_review', 'forwarded', 'authorized'];

const REPLACED = ['replaced', 'refurbished_replacement'];

/** The end of the day a caller names, or the instant; refused unless it lies ahead. */
export function deadlineOf(value: string | undefined, now: Date, pointer: string): Date | ClaimRefusal | undefined {
  if (value === undefined) return undefined;
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59Z` : value);
  if (at > now) return at;
  return { code: 'CLAIM.DEADLINE_PASSED', detail: `${value} has already passed`, errors: [{ pointer, detail: 'must lie in the future' }] };
}

const isRefusal = (value: unknown): value is ClaimRefusal => typeof value === 'object' && value !== null && 'code' in value;

/** The claim's lines named by serial in a request body, or the refusal naming each unknown one. */
function linesBySerial(claim: ClaimState, serials: string[], pointer: (index: number) => string): ClaimLineState[] | ClaimRefusal {
  const errors = serials.flatMap((serial, index) => (claim.lines.some((line) => line.serial === serial) ? [] : [{ pointer: pointer(index), detail: `the claim has no line with serial ${serial}` }]));
  if (errors.length > 0) return { code: 'CLAIM.UNKNOWN_LINE', detail: `${errors.length} serial(s) are not on this claim`, errors };
  return serials.map((serial) => claim.lines.find((line) => line.serial === serial)!);
}

/** How many RMA numbers the hub must issue for an authorization that names none (000: or the support ticket doubles as one). */
export function rmaNumbersToIssue(claim: ClaimState, body: ClaimActionBodies['authorize'], doublesAsTicket: boolean, perSerial: boolean): number {
  if (body.rmaNumber || body.lines) return 0;
  if (doublesAsTicket && claim.supportTicket) return 0;
  const unnumbered = claim.lines.filter((line) => !line.upstreamRma).length;
  return perSerial ? unnumbered : Math.min(unnumbered, 1);
}

function authorize(b: DecisionBuilder, body: ClaimActionBodies['authorize'], actor: Actor, inputs: ActionInputs): ClaimRefusal | void {
  const { claim, context } = b;
  const validUntil = deadlineOf(body.validUntil, context.now, '/validUntil');
  if (isRefusal(validUntil)) return validUntil;
  const terms: EntryTerms = validUntil ? { validUntil } : {};
  const unnumbered = claim.lines.filter((line) => !line.upstreamRma);
  if (body.lines) {
    const lines = linesBySerial(claim, body.lines.map((line) => line.serial), (index) => `/lines/${index}/serial`);
    if (isRefusal(lines)) return lines;
    const numbered = lines.flatMap((line, index) => (line.upstreamRma ? [{ pointer: `/lines/${index}/serial`, detail: `${line.serial} already carries RMA ${line.upstreamRma}` }] : []));
    if (numbered.length > 0) return { code: 'CLAIM.ACTION_NOT_ALLOWED', detail: 'a line keeps the RMA number it was given', errors: numbered, currentStatus: claim.status };
    if (context.policy.document.rmaPerSerial) {
      const held = new Set(claim.lines.flatMap((line) => (line.upstreamRma ? [line.upstreamRma] : [])));
      const reused = body.lines.flatMap((line, index) => {
        const twice = held.has(line.rmaNumber) || body.lines!.findIndex((other) => other.rmaNumber === line.rmaNumber) !== index;
        return twice ? [{ pointer: `/lines/${index}/rmaNumber`, detail: `${line.rmaNumber} is already another serial's RMA number` }] : [];
      });
      if (reused.length > 0) return { code: 'CLAIM.RMA_NUMBER_REQUIRED', detail: `${claim.manufacturerId} issues one RMA number per serial`, errors: reused };
    }
    return authorizeLines(b, lines.map((line, index) => ({ line, rmaNumber: body.lines![index]!.rmaNumber })), actor, terms);
  }
  const { supportTicket: ticket, rmaPerSerial } = context.policy.document;
  if (rmaPerSerial && unnumbered.length > 1 && (body.rmaNumber || (ticket.doublesAsRmaNumber && claim.supportTicket))) {
    return {
      code: 'CLAIM.RMA_NUMBER_REQUIRED',
      detail: `${claim.manufacturerId} issues one RMA number per serial: give lines[].rmaNumber for ${unnumbered.map((line) => line.serial).join(', ')}, or none to have the hub issue them`,
      errors: [{ pointer: '/rmaNumber', detail: 'one RMA number per serial' }],
    };
  }
  const single = body.rmaNumber ?? (ticket.doublesAsRmaNumber ? claim.supportTicket : null);
  const numbers = single ? unnumbered.map((line) => ({ line, rmaNumber: single })) : unnumbered.map((line, index) => ({ line, rmaNumber: inputs.issuedRmaNumbers[rmaPerSerial ? index : 0]! }));
  if (numbers.some((entry) => !entry.rmaNumber)) throw new Error('authorize: the claim service issued too few RMA numbers');
  if (!body.rmaNumber && single) b.note(actor, `${claim.manufacturerId}'s support ticket ${single} doubles as the RMA number`, { rule: 'support_ticket', policy: context.policy.ref });
  authorizeLines(b, numbers, actor, terms);
}

/** Every move a party takes through `POST /v1/claims/{id}/actions/{action}`, with who takes it and when. */
export const ACTION_MOVES: { [A in ClaimActionName]: ActionMove<A> } = {
  cancel: {
    parties: ['reseller'],
    from: BEFORE_SHIPPING,
    notNow: 'cancellation is only possible before the goods ship',
    take: (b, body, actor) => void b.move('cancelled', actor, `cancelled${body.reason ? `: ${body.reason}` : ''}`, { action: 'cancel' }),
  },
  'add-info': {
    parties: ['reseller'],
    from: ['needs_info'],
    notNow: 'the claim is not waiting for information',
    take: (b, body, actor) => {
      const { lines = [], ...added } = body;
      // A contact is completed, never replaced: a phone added keeps the e-mail already given.
      const fields = added.contact ? { ...added, contact: { ...b.claim.contact, ...added.contact } } : added;
      const known = linesBySerial(b.claim, lines.map((line) => line.serial), (index) => `/lines/${index}/serial`);
      if (isRefusal(known)) return known;
      const completed: ClaimState = {
        ...b.claim,
        ...fields,
        lines: b.claim.lines.map((line) => {
          const added = lines.find((entry) => entry.serial === line.serial);
          return added ? { ...line, ...(added.macId ? { macId: added.macId } : {}), ...(added.category ? { category: added.category } : {}) } : line;
        }),
      };
      b.set(fields);
      known.forEach((line, index) => {
        const { macId, category } = lines[index]!;
        if (macId || category) b.line(line.id, { ...(macId ? { macId } : {}), ...(category ? { category } : {}) });
      });
      const to = b.claim.resumeStatus ?? 'submitted';
      b.move(to, actor, `added ${Object.keys(body).join(', ')}`, { action: 'add-info' });
      // Back in `submitted`, routing checks the completed claim again; back in `forwarded`, the portal is asked again.
      if (to === 'submitted') {
        b.publish({ topic: CLAIM_SUBMITTED, payload: { claimId: b.claim.id, resellerId: b.claim.resellerId, manufacturerId: b.claim.manufacturerId, submittedAt: b.context.now.toISOString() } });
      } else if (to === 'forwarded') {
        b.requestPortalRma(completed);
      }
    },
  },
  ship: {
    parties: ['reseller'],
    from: ['authorized'],
    notNow: 'goods ship only once the RMA is authorized',
    take: (b, body, actor) => {
      b.set({ shipment: { ...body, shippedAt: b.context.now.toISOString() } });
      b.move('in_transit', actor, `shipped with ${body.carrier}, tracking ${body.trackingNumber}`, { action: 'ship' });
    },
  },
  'approve-quote': {
    parties: ['reseller'],
    from: ['quote_pending'],
    notNow: 'there is no quote waiting for approval',
    notReady: (claim) => (claim.quote ? null : `${claim.manufacturerId} has not sent its repair quote yet`),
    take: (b, body, actor) => void b.move('repairing', actor, `repair quote approved${body.note ? `: ${body.note}` : ''}`, { action: 'approve-quote' }),
  },
  'reject-quote': {
    parties: ['reseller'],
    from: ['quote_pending'],
    notNow: 'there is no quote waiting for approval',
    take: (b, body, actor) => {
      b.move('shipped_back', actor, `repair quote refused${body.reason ? `: ${body.reason}` : ''}; returned unrepaired`, { action: 'reject-quote' });
      quoteRefused(b);
    },
  },
  forward: {
    parties: ['distributor'],
    from: ['in_review'],
    notNow: 'only a claim in review can be forwarded',
    take: (b, body, actor) => {
      b.move('forwarded', actor, `forwarded to ${b.claim.manufacturerId} after review${body.note ? `: ${body.note}` : ''}`, { action: 'forward' });
      b.requestPortalRma();
    },
  },
  authorize: { parties: ['manufacturer'], from: ['forwarded'], notNow: 'only a forwarded claim can be authorized', take: authorize },
  'request-info': {
    parties: ['manufacturer'],
    from: ['forwarded'],
    notNow: 'information is requested before the RMA is authorized',
    take: (b, body, actor) =>
      void b.move('needs_info', actor, `${describeActor(actor)} needs ${body.missing.join(', ')}${body.message ? `: ${body.message}` : ''}`, { action: 'request-info', missing: body.missing }),
  },
  reject: {
    parties: ['manufacturer'],
    from: ['forwarded', 'received'],
    notNow: 'a claim is rejected before authorization or after inspection',
    take: (b, body, actor) => void b.move('rejected', actor, `${describeActor(actor)} rejected the claim: ${body.reason}`, { action: 'reject' }),
  },
  receive: {
    parties: ['manufacturer'],
    from: ['forwarded', 'authorized', 'in_transit'],
    notNow: 'the goods have already arrived, or the claim never reached the manufacturer',
    take: (b, body, actor) => {
      const lines = body.lines ? linesBySerial(b.claim, body.lines, (index) => `/lines/${index}`) : b.claim.lines.filter((line) => !reached(line, 'received'));
      if (isRefusal(lines)) return lines;
      const without = b.current === 'forwarded' ? ' without an authorized RMA number' : '';
      receiveLines(b, lines.map((line) => ({ line })), actor, `${describeActor(actor)} received ${lines.map((line) => line.serial).join(', ')}${without}`, { action: 'receive' });
    },
  },
  quote: {
    parties: ['manufacturer'],
    from: ['received', 'quote_pending'],
    notNow: 'a repair quote follows the receipt of the goods',
    take: (b, body, actor) => {
      const validUntil = deadlineOf(body.validUntil, b.context.now, '/validUntil');
      if (isRefusal(validUntil)) return validUntil;
      const quote = { amount: body.amount, currency: body.currency, validUntil: validUntil?.toISOString() ?? null, quotedAt: b.context.now.toISOString() };
      const reason = `${describeActor(actor)} quoted ${body.amount.toFixed(2)} ${body.currency} for the repair`;
      b.set({ quote });
      if (b.current === 'received') return void b.move('quote_pending', actor, reason, { action: 'quote', quote }, validUntil ? { validUntil } : {});
      b.note(actor, reason, { action: 'quote', quote });
      if (validUntil) b.cancelTimers(['quote_timeout']).schedule({ kind: 'quote_timeout', dueAt: validUntil, rule: 'quote_timeout', policy: b.context.policy.ref });
    },
  },
  'start-repair': {
    parties: ['manufacturer'],
    from: ['received'],
    notNow: 'repair starts once the goods are received, and out of warranty once the quote is approved',
    take: (b, body, actor) => void b.move('repairing', actor, `${describeActor(actor)} started the repair${body.note ? `: ${body.note}` : ''}`, { action: 'start-repair' }),
  },
  resolve: {
    parties: ['manufacturer'],
    from: ['received', 'repairing'],
    notNow: 'a claim is resolved once its goods are received',
    take: (b, body, actor) => {
      const { claim } = b;
      if (!body.lines && REPLACED.includes(body.resolution)) {
        return { code: 'CLAIM.UNKNOWN_LINE', detail: `a ${body.resolution} resolution names each unit's replacement`, errors: [{ pointer: '/lines', detail: 'give lines[] with serial, outcome and replacementSerial' }] };
      }
      const given = body.lines ?? claim.lines.map((line) => ({ serial: line.serial, outcome: body.resolution, replacementSerial: undefined }));
      const lines = linesBySerial(claim, given.map((line) => line.serial), (index) => `/lines/${index}/serial`);
      if (isRefusal(lines)) return lines;
      const left = claim.lines.filter((line) => !lines.includes(line));
      if (left.length > 0) {
        return { code: 'CLAIM.UNKNOWN_LINE', detail: `every unit needs an outcome; missing ${left.map((line) => line.serial).join(', ')}`, errors: [{ pointer: '/lines', detail: `missing ${left.map((line) => line.serial).join(', ')}` }] };
      }
      const outcomes = lines.map((line, index) => ({ line, outcome: given[index]!.outcome, replacementSerial: given[index]!.replacementSerial }));
      resolveLines(b, outcomes, body.resolution, actor, `${describeActor(actor)} resolved the claim: ${body.resolution.replaceAll('_', ' ')}`, { action: 'resolve' });
    },
  },
  'ship-back': {
    parties: ['manufacturer'],
    from: ['resolved', 'rejected'],
    notNow: 'goods ship back once the claim is resolved or rejected',
    take: (b, body, actor) => {
      b.set({ returnShipment: { ...body, shippedAt: b.context.now.toISOString() } });
      b.move('shipped_back', actor, `${describeActor(actor)} shipped the goods back with ${body.carrier}, tracking ${body.trackingNumber}`, { action: 'ship-back' });
    },
  },
  close: {
    parties: ['manufacturer'],
    from: ['resolved', 'shipped_back', 'rejected'],
    notNow: 'a claim is closed once it is resolved, shipped back or rejected',
    take: (b, body, actor) => void b.move('closed', actor, `${describeActor(actor)} closed the claim${body.note ? `: ${body.note}` : ''}`, { action: 'close' }),
  },
};

export const CLAIM_ACTIONS = Object.keys(ACTION_MOVES) as ClaimActionName[];
