import { createPrismaClient, type PrismaClient } from './prisma';
import { createRepositories, type Repositories } from './repositories';

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
  private readonly client: PrismaClient;
  readonly repositories: Repositories;

  constructor(options: DatabaseOptions) {
    this.client = createPrismaClient(options.url, options.poolSize ?? 10);
    this.repositories = createRepositories(this.client);
  }

  transaction<T>(work: (tx: Repositories) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    return this.client.$transaction((tx) => work(createRepositories(tx)), {
      timeout: options.timeoutMs ?? 15_000,
      maxWait: 10_000,
    });
  }

  async ping(): Promise<void> {
    await this.client.$queryRaw`SELECT 1`;
  }

  async disconnect(): Promise<void> {
    await this.client.$disconnect();
  }
}
