/**
 * Test tiers, by file suffix:
 *   *.spec.ts      unit: pure logic, no I/O
 *   *.int-spec.ts  integration: real PostgreSQL and Kafka
 *   *.e2e-spec.ts  end to end: the public HTTP API of a running hub, real Kafka, PostgreSQL and portal simulator
 *   *.fault-spec.ts faults: brokers, PostgreSQL and processes killed under load; prints one table of figures
 *   *.fuzz-spec.ts  generated hostile requests against every mutating endpoint (FUZZ_RUNS per endpoint)
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
    {
      ...base,
      displayName: 'fault',
      testMatch: ['<rootDir>/test/fault/**/*.fault-spec.ts'],
      globalSetup: '<rootDir>/test/fault/global-setup.ts',
      globalTeardown: '<rootDir>/test/fault/global-teardown.ts',
    },
    { ...withInfrastructure, displayName: 'fuzz', testMatch: ['<rootDir>/test/fuzz/**/*.fuzz-spec.ts'] },
  ],
  testTimeout: 120_000,
};
