import { Pool } from 'pg';
import { ChannelListener, type ListenOptions } from './notifications';
import { createPrismaClient, type PrismaClient } from './prisma';
import { createRepositories, type Repositories } from './repositories';
import { PoolConnections } from './sql-connection';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
}

/**
 * The hub's handle on PostgreSQL. Callers get repositories, never the Prisma client:
 * `transaction` binds every repository to one transaction, so a state change and the
 * outbox message announcing it commit or roll back together.
 */
export class Database {
  private readonly pool: Pool;
  private readonly autonomousPool: Pool;
  private readonly connections: PoolConnections;
  private readonly client: PrismaClient;
  readonly repositories: Repositories;
  /**
   * Repositories whose statements without Prisma run on a pool of two connections of their own: for
   * a statement that must commit by itself while its caller holds a transaction, when every
   * connection of the main pool may be held by such transactions (a router working as many
   * partitions at once as it has connections). The reference counters use it.
   */
  readonly autonomous: Repositories;

  constructor(private readonly options: DatabaseOptions) {
    // A connection attempt gives up after a few seconds, so an unreachable server reads as an error (readiness, retries) instead of a hang.
    this.pool = new Pool({ connectionString: options.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 });
    this.connections = new PoolConnections(this.pool);
    this.client = createPrismaClient(this.pool);
    this.repositories = createRepositories(this.client, this.connections.onPool());
    this.autonomousPool = new Pool({ connectionString: options.url, max: 2, connectionTimeoutMillis: 5_000 });
    // pg reports an idle connection's failure (a server restart, a terminated backend) on its pool;
    // unheard, it would end the process. The next statement on that pool gets its own error, which
    // its caller handles.
    for (const pool of [this.pool, this.autonomousPool]) pool.on('error', () => undefined);
    this.autonomous = createRepositories(this.client, new PoolConnections(this.autonomousPool).onPool());
  }

  transaction<T>(work: (tx: Repositories) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    return this.connections.inTransaction((slot) =>
      this.client.$transaction((tx) => work(createRepositories(tx, this.connections.ofTransaction(tx, slot))), {
        timeout: options.timeoutMs ?? 15_000,
        maxWait: 10_000,
      }),
    );
  }

  /** A listener on a NOTIFY channel, on a connection of its own (started by the caller). */
  listener(channel: string, options: ListenOptions): ChannelListener {
    return new ChannelListener(this.options.url, channel, options);
  }

  async ping(): Promise<void> {
    await this.client.$queryRaw`SELECT 1`;
  }

  async disconnect(): Promise<void> {
    await this.client.$disconnect();
    await this.pool.end();
    await this.autonomousPool.end();
  }
}
