#!/usr/bin/env node
// Compiles the TypeScript of kit, gateway and the subgraphs to dist/ with swc (decorator metadata
// included, which type-graphql and MikroORM read), then builds the console with Vite when its sources
// changed. Type checking is separate (`npm run typecheck`, run by `npm test`).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;
const packages = ['kit', 'gateway', 'subgraphs/personnel', 'subgraphs/cases', 'subgraphs/supervision'];

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

let compiled = 0;
const started = Date.now();
for (const pkg of packages) {
  const src = path.join(root, pkg, 'src');
  const out = path.join(root, pkg, 'dist');
  if (!fs.existsSync(src)) continue;
  fs.rmSync(out, { recursive: true, force: true });
  for (const file of walk(src)) {
    const rel = path.relative(src, file);
    const target = path.join(out, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (/\.test\.tsx?$/.test(file) || file.endsWith('.d.ts')) continue;
    if (file.endsWith('.ts')) {
      const { code, map } = await swc.transformFile(file, { ...swcrc, filename: file, sourceFileName: path.relative(path.dirname(target), file), swcrc: false });
      const js = target.replace(/\.ts$/, '.js');
      fs.writeFileSync(js, `${code}\n//# sourceMappingURL=${path.basename(js)}.map\n`);
      if (map) fs.writeFileSync(`${js}.map`, map);
      compiled++;
    } else {
      fs.copyFileSync(file, target);
    }
  }
}
console.log(`build: ${compiled} TypeScript files compiled in ${Date.now() - started} ms`);

// The console: rebuild only when a source file is newer than the last build.
const admin = path.join(root, 'admin');
const stamp = path.join(admin, 'dist', '.built');
if (fs.existsSync(path.join(admin, 'index.html')) && !process.argv.includes('--no-admin')) {
  const inputs = [path.join(admin, 'index.html'), path.join(admin, 'vite.config.ts'), path.join(admin, 'package.json'), ...walk(path.join(admin, 'src'))];
  const newest = Math.max(...inputs.filter((f) => fs.existsSync(f)).map((f) => fs.statSync(f).mtimeMs));
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (newest > built || process.argv.includes('--force')) {
    const t = Date.now();
    execFileSync(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: admin, stdio: 'inherit' });
    fs.writeFileSync(stamp, new Date().toISOString());
    console.log(`build: console built in ${Date.now() - t} ms`);
  } else console.log('build: console up to date');
}
