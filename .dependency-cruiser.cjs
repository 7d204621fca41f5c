/**
 * The architecture, enforced (npm run lint:deps):
 *  - apps talk to each other only over Kafka, never by import; only the one-process launcher
 *    (apps/all-in-one) composes app modules;
 *  - the domain is pure: it imports nothing of ours but contracts, and no framework or I/O;
 *  - only libs/persistence imports Prisma; only libs/messaging imports the Kafka client;
 *  - the typed API client (libs/api-client) imports nothing but openapi-fetch, so browsers can use it;
 *  - the web workspace (apps/web) imports only that client (and contracts, for types), never the server.
 */
module.exports = {
  forbidden: [
    {
      name: 'apps-do-not-import-apps',
      severity: 'error',
      from: { path: '^apps/([^/]+)/', pathNot: '^apps/all-in-one/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: {
        path: ['^libs/(?!domain|contracts)', '^apps/', 'node_modules/(@nestjs|@prisma|prisma|kafkajs|axios|pg|fastify)'],
      },
    },
    {
      name: 'contracts-import-only-zod',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: { path: ['^libs/(?!contracts)', 'node_modules/(?!zod)'] },
    },
    {
      name: 'only-persistence-imports-prisma',
      severity: 'error',
      from: { pathNot: '^(libs/persistence/|scripts/db/|prisma\\.config\\.ts)' },
      to: { path: ['node_modules/@prisma/', 'node_modules/prisma/', '^libs/persistence/src/generated/'] },
    },
    {
      name: 'only-messaging-imports-kafka',
      severity: 'error',
      from: { pathNot: '^(libs/messaging/|scripts/kafka-wait\.cjs)' },
      to: { path: 'node_modules/kafkajs' },
    },
    {
      name: 'cli-speaks-http-only',
      comment: 'The CLI is a client of the HTTP API; its specs may read libs/domain to check it agrees with the lifecycle.',
      severity: 'error',
      from: { path: '^apps/cli/', pathNot: '\\.spec\\.ts$' },
      to: { path: ['^apps/(?!cli)', '^libs/(?!contracts|api-client)', 'node_modules/(@nestjs|@prisma|prisma|kafkajs|pg|fastify)/'] },
    },
    {
      name: 'api-client-runs-in-browsers',
      comment: 'The typed client is generated types over openapi-fetch: nothing of Node, nothing of the server, so a web client can use it.',
      severity: 'error',
      from: { path: '^libs/api-client/' },
      to: { pathNot: '^(libs/api-client/|node_modules/openapi-fetch/)' },
    },
    {
      name: 'web-app-speaks-http-only',
      comment: 'The web workspace (apps/web) runs in browsers: it reaches the hub only through the typed API client, and may read the contracts for types; nothing of the server.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: ['^apps/(?!web/)', '^libs/(?!api-client/|contracts/)', '^test/', 'node_modules/(@nestjs|@prisma|prisma|kafkajs|pg|fastify|axios)/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { pathNot: '^libs/persistence/src/generated/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['libs/persistence/src/generated/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
