/**
 * Offline stand-in for `prisma migrate deploy` / `prisma migrate dev --create-only`.
 *
 *   migrate.ts deploy        apply pending migrations to DATABASE_URL (created if missing)
 *   migrate.ts new <name>    write prisma/migrations/<timestamp>_<name>/migration.sql
 *
 * DATABASE_URL defaults to the local rma_hub database; SCHEMA_ENGINE_LOG=1 prints engine logs.
 */
import path from 'node:path';
import {
  NoSchemaChangesError,
  createMigration,
  databaseName,
  databaseUrlFromEnv,
  migrateDeploy,
  readMigrations,
} from './migrations';

const USAGE = 'usage: migrate.ts deploy | migrate.ts new <name>';

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const databaseUrl = databaseUrlFromEnv();
  const log = process.env.SCHEMA_ENGINE_LOG ? (line: string) => console.error(line) : undefined;
  const started = Date.now();

  if (command === 'deploy' && args.length === 0) {
    const total = readMigrations().migrationDirectories.length;
    const applied = await migrateDeploy(databaseUrl, log ? { log } : {});
    const target = databaseName(databaseUrl);
    if (applied.length === 0) {
      console.log(`No pending migrations: ${target} is up to date (${total} migration(s)).`);
    } else {
      console.log(`Applied ${applied.length} migration(s) to ${target}:`);
      for (const name of applied) console.log(`  - ${name}`);
    }
    console.log(`Done in ${Date.now() - started} ms.`);
    return 0;
  }

  if (command === 'new' && args.length === 1 && args[0]) {
    try {
      const created = await createMigration(args[0], { databaseUrl, ...(log ? { log } : {}) });
      console.log(`Created ${path.relative(process.cwd(), created.directory)}/migration.sql`);
      if (/^\s*(DROP|ALTER TABLE .* DROP)\b/im.test(created.sql)) {
        console.log('Warning: it drops database objects; data in them will be lost when it is applied.');
      }
      console.log(`Done in ${Date.now() - started} ms. Review it, then apply it with npm run db:migrate.`);
      return 0;
    } catch (error) {
      if (error instanceof NoSchemaChangesError) {
        console.error(`No migration created: ${error.message}`);
        return 1;
      }
      throw error;
    }
  }

  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const command = process.argv[2] ?? '';
    console.error(`migrate ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
