import { Client } from 'pg';

const RECONNECT_DELAY_MS = 1_000;

export interface ListenOptions {
  /** Told of every notification on the channel, and once each time the connection is (re)established: whatever was sent while it was down is lost, so a listener re-reads its state then. */
  onNotify: () => void;
  onError?: (error: Error) => void;
}

/**
 * One dedicated connection that LISTENs on a PostgreSQL channel, for the life of the process: a
 * wake-up call beside polling, never the only way work is found (a notification sent while the
 * connection is down is gone). Reconnects by itself after a second.
 */
export class ChannelListener {
  private client: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly options: ListenOptions,
  ) {}

  async start(): Promise<void> {
    this.closed = false;
    await this.connect().catch((error: unknown) => this.retryAfter(error));
  }

  async stop(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 5_000 });
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.options.onNotify();
    });
    client.on('error', (error) => this.retryAfter(error));
    await client.connect();
    if (this.closed) {
      await client.end();
      return;
    }
    await client.query(`LISTEN "${this.channel}"`);
    this.client = client;
    this.options.onNotify();
  }

  private retryAfter(error: unknown): void {
    this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
    const broken = this.client;
    this.client = undefined;
    void broken?.end().catch(() => undefined);
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.closed) void this.connect().catch((next: unknown) => this.retryAfter(next));
    }, RECONNECT_DELAY_MS);
  }
}
