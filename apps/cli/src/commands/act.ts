import { randomUUID } from 'node:crypto';
import { Argument, InvalidArgumentError, Option, type Command } from 'commander';
import { POLICY_FIELDS, RESOLUTIONS, type ClaimActionBodies, type PolicyField, type Resolution } from '@rma-hub/contracts';
import type { ClaimAction } from '@rma-hub/api-client';
import type { Context } from '../context';
import { CliError, UsageError } from '../errors';
import { ProblemError } from '../http/problem';
import { claimAfterAction } from '../output/tables';
import { parseJson, readInput } from './input';
import { amount, oneOf, repeatable } from './parsers';

/** The flags that build an action's body: all of `act`'s options but --body and --idempotency-key. */
export interface ActFlags {
  rma?: string;
  line?: { serial: string; rmaNumber: string }[];
  validUntil?: string;
  missing?: PolicyField[];
  message?: string;
  reason?: string;
  serial?: string[];
  amount?: number;
  currency?: string;
  resolution?: Resolution;
  outcome?: { serial: string; outcome: Resolution; replacementSerial?: string }[];
  carrier?: string;
  tracking?: string;
  note?: string;
}
type BodyFlag = keyof ActFlags;

const FLAG_NAMES: Record<BodyFlag, string> = {
  rma: '--rma',
  line: '--line',
  validUntil: '--valid-until',
  missing: '--missing',
  message: '--message',
  reason: '--reason',
  serial: '--serial',
  amount: '--amount',
  currency: '--currency',
  resolution: '--resolution',
  outcome: '--outcome',
  carrier: '--carrier',
  tracking: '--tracking',
  note: '--note',
};

interface ActionFlags<A extends ClaimAction> {
  /** Who takes the action (SPEC §4); an operator may take any. */
  by: 'reseller' | 'distributor' | 'manufacturer';
  flags: readonly BodyFlag[];
  body: (flags: ActFlags) => Partial<ClaimActionBodies[A]>;
}

/** Each action, who takes it, and how its flags become its body (the hub validates the body). */
export const ACTIONS: { [A in ClaimAction]: ActionFlags<A> } = {
  cancel: { by: 'reseller', flags: ['reason'], body: (flags) => ({ reason: flags.reason }) },
  'add-info': { by: 'reseller', flags: [], body: () => ({}) },
  ship: { by: 'reseller', flags: ['carrier', 'tracking'], body: (flags) => ({ carrier: flags.carrier, trackingNumber: flags.tracking }) },
  'approve-quote': { by: 'reseller', flags: ['note'], body: (flags) => ({ note: flags.note }) },
  'reject-quote': { by: 'reseller', flags: ['reason'], body: (flags) => ({ reason: flags.reason }) },
  forward: { by: 'distributor', flags: ['note'], body: (flags) => ({ note: flags.note }) },
  authorize: {
    by: 'manufacturer',
    flags: ['rma', 'line', 'validUntil'],
    body: (flags) => ({ rmaNumber: flags.rma, lines: flags.line, validUntil: flags.validUntil }),
  },
  'request-info': { by: 'manufacturer', flags: ['missing', 'message'], body: (flags) => ({ missing: flags.missing, message: flags.message }) },
  reject: { by: 'manufacturer', flags: ['reason'], body: (flags) => ({ reason: flags.reason }) },
  receive: { by: 'manufacturer', flags: ['serial'], body: (flags) => ({ lines: flags.serial }) },
  quote: {
    by: 'manufacturer',
    flags: ['amount', 'currency', 'validUntil'],
    body: (flags) => ({ amount: flags.amount, currency: flags.currency, validUntil: flags.validUntil }),
  },
  'start-repair': { by: 'manufacturer', flags: ['note'], body: (flags) => ({ note: flags.note }) },
  resolve: { by: 'manufacturer', flags: ['resolution', 'outcome'], body: (flags) => ({ resolution: flags.resolution, lines: flags.outcome }) },
  'ship-back': { by: 'manufacturer', flags: ['carrier', 'tracking'], body: (flags) => ({ carrier: flags.carrier, trackingNumber: flags.tracking }) },
  close: { by: 'manufacturer', flags: ['note'], body: (flags) => ({ note: flags.note }) },
};

export const ACTION_NAMES = Object.keys(ACTIONS) as ClaimAction[];

const flagList = (flags: readonly BodyFlag[]): string => flags.map((flag) => FLAG_NAMES[flag]).join(', ');
const takes = (action: ClaimAction): string => (ACTIONS[action].flags.length > 0 ? flagList(ACTIONS[action].flags) : 'only --body <file.json>');

/**
 * The body of `POST /v1/claims/{id}/actions/{action}`: the JSON of --body as it is, or else the
 * action's flags mapped to its fields. A flag the action does not take is a usage error, so that
 * nothing given on the command line is silently dropped.
 */
export function actionBody(action: ClaimAction, flags: ActFlags, fileBody?: unknown): unknown {
  const given = (Object.keys(FLAG_NAMES) as BodyFlag[]).filter((flag) => flags[flag] !== undefined);
  if (fileBody !== undefined) {
    if (given.length > 0) throw new UsageError(`--body sends the file as it is: leave out ${flagList(given)}`);
    return fileBody;
  }
  const foreign = given.filter((flag) => !ACTIONS[action].flags.includes(flag));
  if (foreign.length > 0) throw new UsageError(`${action} takes ${takes(action)}, not ${flagList(foreign)}`);
  const body: Record<string, unknown> = ACTIONS[action].body(flags);
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/** Splits at the first `separator`: [before, after], or [value] without one. */
function splitOnce(value: string, separator: string): [string, string?] {
  const at = value.indexOf(separator);
  return at < 0 ? [value.trim()] : [value.slice(0, at).trim(), value.slice(at + 1).trim()];
}

/** --line serial=rmaNumber */
export function rmaLine(value: string): { serial: string; rmaNumber: string } {
  const [serial, rmaNumber] = splitOnce(value, '=');
  if (!serial || !rmaNumber) throw new InvalidArgumentError('must be serial=rmaNumber, e.g. ADN-004711=SI-2026-000101');
  return { serial, rmaNumber };
}

/** --outcome serial=outcome or serial=outcome:replacementSerial */
export function lineOutcome(value: string): { serial: string; outcome: Resolution; replacementSerial?: string } {
  const [serial, rest = ''] = splitOnce(value, '=');
  const [outcome, replacementSerial] = splitOnce(rest, ':');
  if (!serial || !outcome || replacementSerial === '') {
    throw new InvalidArgumentError('must be serial=outcome or serial=outcome:replacementSerial, e.g. ADN-004711=replaced:ADN-009900');
  }
  return { serial, outcome: oneOf(RESOLUTIONS, 'outcome')(outcome), ...(replacementSerial ? { replacementSerial } : {}) };
}

interface ActOptions extends ActFlags {
  body?: string;
  idempotencyKey?: string;
}

function actionsHelp(): string {
  const width = Math.max(...ACTION_NAMES.map((action) => action.length)) + 2;
  return ACTION_NAMES.map((action) => `  ${action.padEnd(width)}${ACTIONS[action].by.padEnd(14)}${takes(action)}`).join('\n');
}

export function registerAct(program: Command, ctx: Context): void {
  program
    .command('act')
    .description("take an action on a claim (POST /v1/claims/{id}/actions/{action}) and show where it leaves the claim")
    .argument('<claimId>', "the claim's id")
    .addArgument(new Argument('<action>', 'the action to take, one of those below').argParser(oneOf(ACTION_NAMES, 'action')))
    .option('--rma <number>', 'authorize: the RMA number for every line (without it or --line, the hub issues one)')
    .option('--line <serial=rma>', "authorize: one line's RMA number; repeat for each line", repeatable(rmaLine))
    .option('--valid-until <date>', 'authorize, quote: until when the RMA number or the quote holds (YYYY-MM-DD or ISO 8601 date-time)')
    .option('--missing <field>', `request-info: a missing fact; repeat for each (${POLICY_FIELDS.join(', ')})`, repeatable(oneOf(POLICY_FIELDS, 'field')))
    .option('--message <text>', 'request-info: a word to the reseller')
    .option('--reason <text>', 'cancel, reject, reject-quote: why')
    .option('--serial <serial>', 'receive: a line that arrived; repeat for each (without it: every line)', repeatable(String))
    .option('--amount <n>', 'quote: the repair cost', amount)
    .option('--currency <code>', 'quote: the currency (ISO 4217, e.g. EUR)')
    .addOption(new Option('--resolution <resolution>', 'resolve: how the claim ends').choices(RESOLUTIONS))
    .option('--outcome <serial=outcome[:replacementSerial]>', "resolve: one line's outcome, with the replacement's serial if replaced; repeat for each", repeatable(lineOutcome))
    .option('--carrier <name>', 'ship, ship-back: the carrier')
    .option('--tracking <number>', 'ship, ship-back: the tracking number')
    .option('--note <text>', 'forward, approve-quote, start-repair, close: a note for the timeline')
    .option('--body <file.json>', 'send this JSON file as the body, as it is, instead of the flags (- reads stdin)')
    .option('--idempotency-key <key>', 'default: a random UUID; give your own to make a retry of the same action safe')
    .addHelpText(
      'after',
      `
Actions, who takes them, and the flags that build their body:
${actionsHelp()}

Whoever plays the manufacturer takes its actions: the manufacturer's own key, or the distributor
on the claim's chain where the distributor handles that manufacturer; an operator may take any.
Prints the claim's new status, its references and what you may do next (--json: the claim).

Examples:
  $ rma-hub act 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69 authorize      # the hub issues the RMA number
  $ rma-hub act 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69 authorize --line ADN-1=SI-2026-000101 --line ADN-2=SI-2026-000102
  $ rma-hub act 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69 request-info --missing proofOfPurchase --message "Please attach the invoice"
  $ rma-hub act 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69 ship --carrier DHL --tracking 00340434161094042557
  $ rma-hub act 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69 quote --amount 120 --currency EUR
  $ rma-hub act 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69 resolve --resolution replaced --outcome ADN-1=replaced:ADN-9
  $ rma-hub act 0b6f2a4e-6d5c-4a53-9a0e-3f1d2c4b5a69 add-info --body facts.json`,
    )
    .action(async (claimId: string, action: ClaimAction, options: ActOptions) => {
      const { body: bodyFile, idempotencyKey = randomUUID(), ...flags } = options;
      const fileBody = bodyFile === undefined ? undefined : parseJson(await readInput(bodyFile), bodyFile);
      const body = actionBody(action, flags, fileBody);
      const claim = await ctx
        .client()
        .act(claimId, action, body, idempotencyKey)
        .catch((error: unknown) => {
          // The hub answered: nothing more to say. It could not be reached: the action may have been taken or not.
          if (error instanceof ProblemError || !(error instanceof CliError)) throw error;
          throw new CliError(`${error.message}\n  To retry without taking the action twice, add --idempotency-key ${idempotencyKey}`);
        });
      ctx.out.result(claim, () => `${action}: the claim is now ${claim.status}.\n${claimAfterAction(claim)}`);
    });
}
