import { Injectable } from '@nestjs/common';

/** One thing a service needs to do its work: `check` resolves when it is there, rejects saying why not. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export interface ReadinessReport {
  ready: boolean;
  /** Each check's verdict: "up", or what is wrong. */
  checks: Record<string, string>;
}

const CHECK_TIMEOUT_MS = 3_000;

/**
 * What `/readyz` answers from: the checks the process's components registered (database, broker,
 * each consumer's group membership), and whether it is draining for shutdown. Checks run side by
 * side, each bounded in time, so a hung dependency reads as down instead of hanging the probe.
 */
@Injectable()
export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  private draining = false;

  register(check: ReadinessCheck): void {
    this.checks.set(check.name, check);
  }

  /** From now on the service reports not ready, so traffic moves elsewhere while it finishes its work. */
  startDraining(): void {
    this.draining = true;
  }

  async report(): Promise<ReadinessReport> {
    const verdicts = await Promise.all([...this.checks.values()].map(async ({ name, check }) => [name, await verdictOf(check)] as const));
    const checks: Record<string, string> = Object.fromEntries(verdicts);
    if (this.draining) checks.shutdown = 'draining';
    return { ready: Object.values(checks).every((verdict) => verdict === 'up'), checks };
  }
}

async function verdictOf(check: () => Promise<void>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch (error) {
    return `down: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    clearTimeout(timer);
  }
}
