#!/usr/bin/env node
// Fails when the Chinese messages (src/i18n/zh.ts) lack a key that the English ones (src/i18n/en.ts,
// i.e. ra-language-english plus the console's keys) have. Both files are loaded as they are with
// Node 24's type stripping, flattened to dotted keys and compared.
// Usage: node admin/scripts/check-i18n.mjs   (Node >= 24)
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(`check-i18n: needs Node 24 or later (type stripping); this is ${process.version}`);
  process.exit(2);
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'i18n');
const load = async (name) => import(pathToFileURL(path.join(dir, `${name}.ts`)).href);

function flatten(value, prefix = '', out = new Map()) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const { zh } = await load('zh');
const { en } = await load('en');
const zhKeys = flatten(zh);
const enKeys = flatten(en);

const missing = [...enKeys.keys()].filter((k) => !zhKeys.has(k));
// ' ' is a legitimate value (ra.boolean.null); an empty string or a non-string is not.
const empty = [...zhKeys].filter(([, v]) => typeof v !== 'string' || (v.trim() === '' && v !== ' ')).map(([k]) => k);
const extra = [...zhKeys.keys()].filter((k) => !enKeys.has(k));

if (extra.length) console.warn(`check-i18n: ${extra.length} key(s) only in zh.ts (add them to en.ts):\n  ${extra.join('\n  ')}`);
if (missing.length || empty.length) {
  if (missing.length) console.error(`check-i18n: zh.ts lacks ${missing.length} key(s) that en.ts has:\n  ${missing.join('\n  ')}`);
  if (empty.length) console.error(`check-i18n: zh.ts has ${empty.length} empty or non-text value(s):\n  ${empty.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-i18n: ok — zh.ts has all ${enKeys.size} keys of en.ts`);
