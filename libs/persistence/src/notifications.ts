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
  /** The open connection: listening, or (exclusive) waiting for the lock. */
  private client: Client | undefined;
  private listening = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly options: ListenOptions,
  ) {}

  /** Listening now (for an exclusive listener: this one holds the channel). */
  get active(): boolean {
    return this.listening;
  }

  async start(): Promise<void> {
    this.closed = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.closed = true;
    this.listening = false;
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
    client.on('error', (error) => this.retryAfter(client, error));
    this.client = client;
    try {
      await client.connect();
      await this.listenOnceFree(client);
    } catch (error) {
      this.retryAfter(client, error);
    }
  }

  /** Listens once the connection holds the lock (at once when none is asked for), asking again every second on the same connection. */
  private async listenOnceFree(client: Client): Promise<void> {
    if (this.closed || client !== this.client) return;
    if (!(await this.holdsLock(client))) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.listenOnceFree(client).catch((error: unknown) => this.retryAfter(client, error));
      }, RECONNECT_DELAY_MS);
      return;
    }
    await client.query(`LISTEN "${this.channel}"`);
    this.listening = true;
    this.options.onNotify();
  }

  private async holdsLock(client: Client): Promise<boolean> {
    if (this.options.exclusiveLockId === undefined) return true;
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [this.options.exclusiveLockId]);
    return rows[0]?.locked === true;
  }

  /** The connection failed: it is closed, and a new one opened in a second (a failure of an older connection changes nothing). */
  private retryAfter(client: Client, error: unknown): void {
    if (client !== this.client) return;
    this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
    this.listening = false;
    this.client = undefined;
    void client.end().catch(() => undefined);
    clearTimeout(this.timer);
    if (!this.closed) this.timer = setTimeout(() => void this.connect(), RECONNECT_DELAY_MS);
  }
}
