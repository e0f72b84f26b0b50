// One test command for everything: kit unit tests, each subgraph's integration tests against a real
// PostgreSQL (one embedded server for the run, a fresh database per test file), the end-to-end tests
// through the real gateway, and the console's browser tests.
import fs from 'node:fs';

const swc = JSON.parse(fs.readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));
delete swc.$schema;

export default {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false, sourceMaps: 'inline' }] },
  moduleNameMapper: {
    '^@jiandu/kit$': '<rootDir>/kit/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/kit/src/**/*.test.ts', '<rootDir>/gateway/src/**/*.test.ts', '<rootDir>/subgraphs/*/src/**/*.test.ts', '<rootDir>/subgraphs/*/test/**/*.test.ts', '<rootDir>/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/e2e/support/global-setup.mjs',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.mjs',
  setupFiles: ['<rootDir>/e2e/support/setup-env.mjs'],
  testTimeout: 120_000,
  maxWorkers: 2,
};
