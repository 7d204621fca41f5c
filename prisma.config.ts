import { defineConfig } from 'prisma/config';

/** Used when DATABASE_URL is not set (local development against the machine's PostgreSQL). */
export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/rma_hub';

// Paths are relative to this file. scripts/db/migrations.ts uses the same locations.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  },
});
