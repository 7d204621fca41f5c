import { Client } from 'pg';

const RECONNECT_DELAY_MS = 1_000;

export interface ListenOptions {
  /** Told of every notification on the channel, and once each time the connection is (re)established: whatever was sent while it was down is lost, so a listener re-reads its state then. */
  onNotify: () => void;
  onError?: (error: Error) => void;
  /**
   * One listener across all processes: the connection takes this session advisory lock first and
   * listens only while it holds it; the others try again every second, and one of them takes over
   * when the holder's connection ends.
   */
  exclusiveLockId?: number;
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

  /** Listening now (for an exclusive listener: this one holds the channel). */
  get active(): boolean {
    return this.client !== undefined;
  }

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
    if (this.closed || !(await this.holdsLock(client))) {
      await client.end();
      if (!this.closed) this.timer = setTimeout(() => this.reconnect(), RECONNECT_DELAY_MS);
      return;
    }
    await client.query(`LISTEN "${this.channel}"`);
    this.client = client;
    this.options.onNotify();
  }

  private async holdsLock(client: Client): Promise<boolean> {
    if (this.options.exclusiveLockId === undefined) return true;
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [this.options.exclusiveLockId]);
    return rows[0]?.locked === true;
  }

  private reconnect(): void {
    this.timer = undefined;
    if (!this.closed) void this.connect().catch((next: unknown) => this.retryAfter(next));
  }

  private retryAfter(error: unknown): void {
    this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
    const broken = this.client;
    this.client = undefined;
    void broken?.end().catch(() => undefined);
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => this.reconnect(), RECONNECT_DELAY_MS);
  }
}
