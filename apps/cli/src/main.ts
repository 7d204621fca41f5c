import os from 'node:os';
import { Command, CommanderError } from 'commander';
import { API_KEY_ENV, DEFAULT_URL, URL_ENV } from './config';
import { Context, type GlobalOptions, type Io } from './context';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './errors';
import { registerAct } from './commands/act';
import { registerBulk } from './commands/bulk';
import { registerGet } from './commands/get';
import { registerInbox } from './commands/inbox';
import { registerKeys } from './commands/keys';
import { registerList } from './commands/list';
import { registerSubmit } from './commands/submit';
import { registerWatch } from './commands/watch';

const ENVIRONMENT_HELP = `
Settings (a flag wins over the environment, which wins over the config file):
  ${URL_ENV}        the hub's base URL (--url; "url" in the config file; default ${DEFAULT_URL})
  ${API_KEY_ENV}    your party's API key ("apiKey" in the config file); there is no flag for it,
                     so that it stays out of shell history and process lists
  Config file: --config <file>, else ./.rma-hub.json, else $XDG_CONFIG_HOME/rma-hub/config.json
  (~/.config/rma-hub/config.json), as JSON: { "url": "https://hub.example.com", "apiKey": "..." }

Exit codes: 0 done, 1 the hub refused or failed (its problem is printed on stderr),
2 the command line or the configuration is wrong.

Examples:
  $ export ${API_KEY_ENV}=...   # better: read it from your secret store
  $ rma-hub submit demo/claim.json
  $ rma-hub watch <claimId> --until authorized
  $ rma-hub inbox
  $ rma-hub act <claimId> ship --carrier DHL --tracking 00340434161094042557
  $ rma-hub bulk import claims.ndjson
  $ rma-hub list --status needs_info --json | jq -r '.claims[].id'`;

function buildProgram(io: Io): Command {
  const program = new Command('rma-hub');
  const ctx = new Context(io, () => program.opts<GlobalOptions>());
  program
    .description("Submit, follow and list RMA claims, take their actions, run bulk jobs and (operators) manage API keys, through an rma-hub's HTTP API.")
    .option('--url <url>', `the hub's base URL (default: $${URL_ENV}, the config file, or ${DEFAULT_URL})`)
    .option('--config <file>', 'the config file to read (JSON: { "url", "apiKey" })')
    .option('--json', "print the API's JSON on stdout and nothing else; no progress")
    .addHelpText('after', ENVIRONMENT_HELP)
    .showHelpAfterError('(add --help for usage)')
    // Set before the subcommands are added, which inherit them.
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  registerSubmit(program, ctx);
  registerGet(program, ctx);
  registerList(program, ctx);
  registerInbox(program, ctx);
  registerAct(program, ctx);
  registerWatch(program, ctx);
  registerBulk(program, ctx);
  registerKeys(program, ctx);
  return program;
}

async function run(argv: string[], io: Io): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv);
    return 0;
  } catch (error) {
    // commander has printed its own message (or the help) already.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (error instanceof CliError) {
      io.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}

void run(process.argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), home: os.homedir() }).then((code) => {
  process.exitCode = code;
});
