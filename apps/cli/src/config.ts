import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from './errors';

export const DEFAULT_URL = 'http://127.0.0.1:3000';
export const URL_ENV = 'RMA_HUB_URL';
export const API_KEY_ENV = 'RMA_HUB_API_KEY';

const ConfigFile = z.strictObject({
  url: z.url({ error: 'must be a URL' }).optional(),
  apiKey: z.string().min(1, { error: 'must not be empty' }).optional(),
});
export type ConfigFile = z.infer<typeof ConfigFile>;

export interface Settings {
  url: string;
  apiKey: string | undefined;
}

type Env = Record<string, string | undefined>;

/** Where a config file is looked for when --config is not given; the first that exists wins. */
export function configFileCandidates(env: Env, cwd: string, home: string): string[] {
  const configHome = nonEmpty(env.XDG_CONFIG_HOME) ?? path.join(home, '.config');
  return [path.join(cwd, '.rma-hub.json'), path.join(configHome, 'rma-hub', 'config.json')];
}

/** Flag, then environment, then config file, then default. The API key has no flag: it would show in `ps` and shell history. */
export function resolveSettings(flags: { url?: string | undefined }, env: Env, file: ConfigFile): Settings {
  const url = nonEmpty(flags.url) ?? nonEmpty(env[URL_ENV]) ?? file.url ?? DEFAULT_URL;
  if (!URL.canParse(url)) throw new UsageError(`"${url}" is not a URL (--url, ${URL_ENV} or "url" in the config file)`);
  return { url, apiKey: nonEmpty(env[API_KEY_ENV]) ?? file.apiKey };
}

export function missingApiKeyMessage(configFiles: string[]): string {
  return `No API key: set the environment variable ${API_KEY_ENV}, or "apiKey" in the config file (${configFiles.join(' or ')}).`;
}

/** The config file named by --config (which must exist), else the first candidate that exists, else none. */
export function readConfigFile(explicitPath: string | undefined, candidates: string[]): ConfigFile {
  const chosen = explicitPath ?? candidates.find((candidate) => existsSync(candidate));
  if (chosen === undefined) return {};
  let text: string;
  try {
    text = readFileSync(chosen, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the config file ${chosen}: ${(error as Error).message}`);
  }
  return parseConfigFile(text, chosen);
}

export function parseConfigFile(text: string, name: string): ConfigFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the config file ${name} is not JSON: ${(error as Error).message}`);
  }
  const parsed = ConfigFile.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new UsageError(`the config file ${name} is invalid:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
