import type { Writable } from 'node:stream';
import { configFileCandidates, missingApiKeyMessage, readConfigFile, resolveSettings } from './config';
import { UsageError } from './errors';
import { HubClient } from './http/hub-client';
import { Output } from './output/output';

/** What the CLI runs against: its streams, environment and directories. */
export interface Io {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  home: string;
}

export interface GlobalOptions {
  url?: string;
  config?: string;
  json?: boolean;
}

/** What commands share: the output and the API client, both from the global options known once parsing is done. */
export class Context {
  constructor(
    readonly io: Io,
    private readonly globals: () => GlobalOptions,
  ) {}

  get out(): Output {
    return new Output(this.globals().json === true, this.io.stdout, this.io.stderr);
  }

  client(): HubClient {
    const { url, config } = this.globals();
    const candidates = configFileCandidates(this.io.env, this.io.cwd, this.io.home);
    const file = readConfigFile(config, candidates);
    const settings = resolveSettings({ url }, this.io.env, file);
    if (!settings.apiKey) throw new UsageError(missingApiKeyMessage(config ? [config] : candidates));
    return new HubClient(settings.url, settings.apiKey);
  }
}
