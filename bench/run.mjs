#!/usr/bin/env node
// `npm run bench`: measures the platform as it runs in production (separate processes, real PostgreSQL).
// Starts a throw-away embedded PostgreSQL and the platform, generates N officers with certificates and
// complaints (bench/generate.mjs), then times: the public lookup (anonymous), the cross-subgraph agency
// query, and the officers list page — each for a fixed number of requests at a fixed concurrency, on
// loopback only. Prints a table and writes bench/results/latest.json. Bounded: it stops by itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchPlatform } from '../scripts/platform.mjs';
import { generate } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OFFICERS = Number(process.env.BENCH_OFFICERS ?? 2000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const kit = await import(pathToFileURL(path.join(root, 'kit/dist/index.js')).href);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-bench-'));
fs.chmodSync(dataDir, 0o755);
const ports = { pg: 56100, gw: 56110, p: 56111, c: 56112, s: 56113 };
const db = await kit.startEmbeddedPostgres({ dataDir, port: ports.pg, database: 'bench' });
await kit.ensureDevKeys(path.join(dataDir, 'keys/jwt-private.pem'), path.join(dataDir, 'keys/jwt-public.pem'));
const env = kit.childEnv({
  NODE_ENV: 'test', LOG_LEVEL: 'warn', DATA_DIR: dataDir, DATABASE_URL: db.url, PORT: String(ports.gw), PERSONNEL_PORT: String(ports.p),
  CASES_PORT: String(ports.c), SUPERVISION_PORT: String(ports.s), SEED_DEMO: 'true', METRICS: 'true', GRAPHQL_MAX_COST: '10000000',
});
let platform;
try {
  platform = await launchPlatform({ env, log: () => {} });
  const gw = `http://127.0.0.1:${ports.gw}/graphql`;
  const post = async (query, variables, token) => {
    const res = await fetch(gw, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const token = (await post('mutation { login(username: "supervisor", password: "Jiandu@2026") { token } }')).login.token;
  const agencyId = kit.seedIds.agency(kit.loadSeed000().agency.name);
  const t0 = Date.now();
  await generate(db.url, agencyId, OFFICERS);
  console.log(`generated ${OFFICERS} officers with certificates and complaints in ${Date.now() - t0} ms`);

  async function measure(name, fn) {
    for (let i = 0; i < 10; i++) await fn(i); // warm-up
    const latencies = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const t = performance.now();
        await fn(i);
        latencies.push(performance.now() - t);
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
    return { name, requests: REQUESTS, concurrency: CONCURRENCY, rps: Math.round(REQUESTS / seconds), p50ms: q(0.5), p95ms: q(0.95), p99ms: q(0.99) };
  }
  const seeds = kit.loadSeed000().officers.map((o) => o.certificateNumber);
  const results = [
    await measure('publicCertificate (anonymous)', (i) => post('query($n: String!) { publicCertificate(number: $n) { holderName status validUntil } }', { n: seeds[i % seeds.length] })),
    await measure('officers page of 25 with certificate status', (i) => post('query($o: Int!) { officers(offset: $o, limit: 25) { total items { name certificate { number status } } } }', { o: (i * 25) % OFFICERS }, token)),
    await measure('cross-subgraph agency, 100 officers + certificates + complaints + matters', () => post('query($id: ID!) { agency(id: $id) { name officers(limit: 100) { total items { name certificate { number status } complaints { total items { number } } } } matters { name } } }', { id: agencyId }, token)),
  ];
  console.table(results);
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results/latest.json'), JSON.stringify({ at: new Date().toISOString(), officers: OFFICERS, node: process.version, cpus: os.cpus().length, results }, null, 2));
} finally {
  await platform?.stop();
  await db.destroy(); // stops it and deletes its data, wherever it lives
  fs.rmSync(dataDir, { recursive: true, force: true });
}
