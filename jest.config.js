/**
 * Test tiers, by file suffix:
 *   *.spec.ts      unit: pure logic, no I/O
 *   *.int-spec.ts  integration: real PostgreSQL and Kafka
 *   *.e2e-spec.ts  end to end: the public HTTP API of a running hub, real Kafka, PostgreSQL and portal simulator
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
    },
    module: { type: 'commonjs' },
  },
];

const moduleNameMapper = {
  '^@rma-hub/(domain|contracts|messaging|persistence|platform|portals|claim-service|openapi|api-client)$': '<rootDir>/libs/$1/src/index.ts',
  '^@rma-hub/testing$': '<rootDir>/test/harness/index.ts',
};

const base = { transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node', rootDir: __dirname };
const withInfrastructure = {
  ...base,
  globalSetup: '<rootDir>/test/harness/global-setup.ts',
  globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    { ...withInfrastructure, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
    { ...withInfrastructure, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
  ],
  testTimeout: 120_000,
};
