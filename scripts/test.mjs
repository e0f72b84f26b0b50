#!/usr/bin/env node
// `npm test` (and `.ci/run`): build, type-check, i18n completeness, then every jest test — kit unit
// tests, subgraph integration tests on a real PostgreSQL, end-to-end tests through the real gateway,
// and the console's browser tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (n) => path.join(root, 'node_modules', '.bin', n);
const started = Date.now();
function step(name, cmd, args, env = {}) {
  const t = Date.now();
  process.stdout.write(`\n== ${name}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    process.stdout.write(`\n${name} failed (exit ${r.status})\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`-- ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

step('build', process.execPath, [path.join(root, 'scripts/build.mjs')]);
step('typecheck (backend)', bin('tsc'), ['-p', 'tsconfig.json']);
step('typecheck (console)', bin('tsc'), ['-p', 'admin/tsconfig.json']);
step('i18n: zh messages complete', process.execPath, [path.join(root, 'admin/scripts/check-i18n.mjs')]);
const results = path.join(root, '.test-data', 'jest-results.json');
fs.mkdirSync(path.dirname(results), { recursive: true });
fs.rmSync(results, { force: true });
const t = Date.now();
process.stdout.write('\n== jest\n');
const jest = spawnSync(process.execPath, [bin('jest'), '--ci', '--json', `--outputFile=${results}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules --no-warnings' },
});
process.stdout.write(`-- jest: ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
if (fs.existsSync(results)) {
  const r = JSON.parse(fs.readFileSync(results, 'utf8'));
  process.stdout.write(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped\n`);
}
if (jest.status !== 0) process.exit(jest.status ?? 1);
process.stdout.write(`all tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
