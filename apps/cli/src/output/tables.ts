import Table from 'cli-table3';
import type { ApiKey, BulkJob, ClaimEvent, ClaimView, ForwardOutcome, LineError, ManufacturerTally, Shipment } from '@rma-hub/api-client';

type Cell = string | number | null | undefined;

// No colours: the output is often piped or logged, and must read the same there.
const plain = { style: { head: [], border: [], compact: true } };

function table(head: string[], rows: Cell[][]): string {
  const rendered = new Table({ ...plain, head });
  rendered.push(...rows.map((row) => row.map((cell) => cell ?? '')));
  return rendered.toString();
}

/** Label/value pairs, one per row. */
function fields(rows: [string, Cell][]): string {
  const rendered = new Table(plain);
  rendered.push(...rows.map(([label, value]) => [label, value ?? '—']));
  return rendered.toString();
}

const identity = (claim: ClaimView): [string, Cell][] => [
  ['id', claim.id],
  ['status', claim.status],
  ['manufacturer', claim.manufacturer],
  ['reseller reference', claim.references.reseller],
  ['distributor reference', claim.references.distributor],
  ['manufacturer reference', claim.references.manufacturer],
];

/** What the caller may do with the claim now, as `rma-hub act` names it. */
const allowedActionsText = (claim: ClaimView): string => (claim.allowedActions.length > 0 ? claim.allowedActions.join(', ') : 'nothing now');

const formatShipment = (shipment: Shipment): string => `${shipment.carrier} ${shipment.trackingNumber}, ${shipment.shippedAt}`;

/** The quote and the shipments, where the claim has them. */
function movesSoFar(claim: ClaimView): [string, Cell][] {
  const rows: [string, Cell][] = [];
  if (claim.shipment) rows.push(['shipped', formatShipment(claim.shipment)]);
  if (claim.quote) rows.push(['quote', `${claim.quote.amount} ${claim.quote.currency}${claim.quote.validUntil ? `, valid until ${claim.quote.validUntil}` : ''}`]);
  if (claim.returnShipment) rows.push(['shipped back', formatShipment(claim.returnShipment)]);
  return rows;
}

const linesTable = (claim: ClaimView): string =>
  table(
    ['#', 'serial', 'model', 'status', 'RMA number'],
    claim.lines.map((line) => [line.lineNo, line.serial, line.model, line.status, line.rmaNumber]),
  );

export function claimSummary(claim: ClaimView): string {
  return fields([...identity(claim), ['updated', claim.updatedAt]]);
}

export function claimDetail(claim: ClaimView): string {
  const summary = fields([
    ...identity(claim),
    ['you may', allowedActionsText(claim)],
    ...movesSoFar(claim),
    ['upstream', upstreamState(claim.upstream)],
    ['created', claim.createdAt],
    ['updated', claim.updatedAt],
  ]);
  return `${summary}\n${linesTable(claim)}`;
}

/** The claim as an action left it: its new status, references, what the caller may do next, and its lines. */
export function claimAfterAction(claim: ClaimView): string {
  const summary = fields([...identity(claim), ['you may', allowedActionsText(claim)], ...movesSoFar(claim), ['updated', claim.updatedAt]]);
  return `${summary}\n${linesTable(claim)}`;
}

function upstreamState(upstream: ClaimView['upstream']): string {
  if (!upstream) return 'no portal request';
  return [
    upstream.state,
    upstream.attempts > 1 ? `${upstream.attempts} attempts` : undefined,
    upstream.lastError ? `last error: ${upstream.lastError}` : undefined,
    upstream.nextAttemptAt ? `next attempt ${upstream.nextAttemptAt}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The reseller's, distributor's and manufacturer's references, in that order, those that exist. */
const referencesText = (claim: ClaimView): string => {
  const { reseller, distributor, manufacturer } = claim.references;
  return [reseller, distributor, manufacturer].filter(Boolean).join(', ');
};

/** Claims waiting on the caller, with every party's reference and the caller's possible moves. */
export function inboxTable(claims: ClaimView[]): string {
  return table(
    ['id', 'status', 'manufacturer', 'references', 'you may', 'updated'],
    claims.map((claim) => [claim.id, claim.status, claim.manufacturer, referencesText(claim), allowedActionsText(claim), claim.updatedAt]),
  );
}

export function claimsTable(claims: ClaimView[]): string {
  return table(
    ['id', 'status', 'manufacturer', 'reference', 'lines', 'updated'],
    claims.map((claim) => [claim.id, claim.status, claim.manufacturer, claim.references.reseller ?? claim.references.distributor, claim.lines.length, claim.updatedAt]),
  );
}

/** A bulk job's counts; a forward job names its accepted and rejected claims forwarded and refused. */
export function jobCounts(job: BulkJob): string {
  const [accepted, rejected] = job.kind === 'forward' ? ['forwarded', 'refused'] : ['accepted', 'rejected'];
  return fields([
    ['received', job.counts.received],
    [accepted, job.counts.accepted],
    ['duplicates', job.counts.duplicates],
    [rejected, job.counts.rejected],
  ]);
}

export function lineErrorsTable(errors: LineError[]): string {
  return table(
    ['line', 'field', 'problem'],
    errors.map((error) => [error.line, error.pointer || '(whole line)', error.detail]),
  );
}

export function manufacturersTable(tallies: ManufacturerTally[]): string {
  return table(
    ['manufacturer', 'forwarded', 'refused', 'RMA opened', 'waiting'],
    tallies.map((tally) => [tally.manufacturer, tally.forwarded, tally.refused, tally.rmaOpened, tally.waiting]),
  );
}

export function refusedTable(outcomes: ForwardOutcome[]): string {
  return table(
    ['line', 'claim', 'manufacturer', 'status', 'reason'],
    outcomes.map((outcome) => [outcome.line, outcome.claimId, outcome.manufacturer, outcome.status, outcome.detail]),
  );
}

/** One line of a claim's timeline: when, the move (or the decision), who, why. */
export function eventLine(event: ClaimEvent): string {
  const move = event.to ? `${event.from ?? '(new)'} → ${event.to}` : event.type.replaceAll('_', ' ');
  const actor = event.actor.partyId ? `${event.actor.role} ${event.actor.partyId}` : event.actor.role;
  return `${event.occurredAt}  ${move}  [${actor}]${event.reason ? `  ${event.reason}` : ''}`;
}

/** API keys as an operator lists them: never the key, only its hint. */
export function apiKeysTable(keys: ApiKey[]): string {
  return table(
    ['id', 'party', 'label', 'hint', 'source', 'created', 'revoked'],
    keys.map((key) => [key.id, key.party, key.label, `${key.hint}…`, key.source, key.createdAt, key.revokedAt ?? '—']),
  );
}
