import type { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { SingleBar } from 'cli-progress';
import type { BulkJob } from '@rma-hub/api-client';
import type { HubClient } from '../http/hub-client';

export interface FollowOptions {
  intervalMs: number;
  /** Where the progress bar and the Ctrl+C hint go. */
  stderr: Writable & { isTTY?: boolean };
  /** False with --json: nothing but the result is printed. */
  showProgress: boolean;
}

/** Polls a bulk job until it is done, with a progress bar. The job returned holds at most one line error: the report pages through them. */
export async function followJob(client: HubClient, jobId: string, options: FollowOptions): Promise<BulkJob> {
  const bar = options.showProgress ? new JobProgressBar(options.stderr) : undefined;
  // Ctrl+C stops following, not the job: say how to pick it up again.
  const interrupted = () => {
    bar?.stop();
    options.stderr.write(`\nStopped following; job ${jobId} goes on at the hub. Follow it again with: rma-hub bulk status ${jobId}\n`);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  try {
    for (;;) {
      const job = await client.job(jobId, { errorsLimit: 1 });
      bar?.show(job);
      if (job.state === 'done') return job;
      await sleep(options.intervalMs);
    }
  } finally {
    process.removeListener('SIGINT', interrupted);
    bar?.stop();
  }
}

/** done/received, rate and ETA; live on a terminal, a line every 2 s otherwise (CI logs). */
class JobProgressBar {
  private readonly bar: SingleBar;
  private started = false;
  private firstSeen: { at: number; done: number } | undefined;

  constructor(stream: Writable & { isTTY?: boolean }) {
    this.bar = new SingleBar({
      stream,
      format: '{kind} {state} [{bar}] {percentage}% | {value}/{total} {unit} | {rate}/s | ETA {eta_formatted}',
      barsize: 30,
      etaBuffer: 20,
      noTTYOutput: true,
      // Without a terminal each render already ends its line; clearing (a no-op there) avoids an extra blank line.
      clearOnComplete: !stream.isTTY,
    });
  }

  show(job: BulkJob): void {
    const payload = { kind: job.kind, state: job.state, unit: job.kind === 'forward' ? 'claims' : 'lines', rate: this.rate(job.counts.done) };
    if (!this.started) {
      this.bar.start(job.counts.received, job.counts.done, payload);
      this.started = true;
    } else {
      this.bar.setTotal(job.counts.received);
      this.bar.update(job.counts.done, payload);
    }
  }

  stop(): void {
    if (this.started) this.bar.stop();
    this.started = false;
  }

  /** Lines per second since this follower first saw the job (the hub's clock may differ from ours). */
  private rate(done: number): number {
    const now = Date.now();
    this.firstSeen ??= { at: now, done };
    const seconds = (now - this.firstSeen.at) / 1000;
    return seconds > 0 ? Math.round((done - this.firstSeen.done) / seconds) : 0;
  }
}
