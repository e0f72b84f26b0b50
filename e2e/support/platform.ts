/**
 * The whole platform for a test: a fresh database on the run's PostgreSQL, and the three subgraphs and
 * the gateway as separate processes on free ports — started by the same launcher as `npm start`.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createTestDatabase } from './db.js';
import { TEST_NOW } from './subgraph.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TestPlatform {
  baseUrl: string;
  gatewayUrl: string;
  databaseUrl: string;
  subgraphUrls: Record<'personnel' | 'cases' | 'supervision', string>;
  /** The environment the platform's processes run with (to start more of them, e.g. event consumers). */
  env: Record<string, string>;
  /** Stops one subgraph's process (SIGTERM) and waits for it to exit; the others and the gateway stay up. */
  stopSubgraph(name: 'personnel' | 'cases' | 'supervision'): Promise<void>;
  /** The processes' log lines so far (`[cases] …`), to explain a failure. */
  logs(): string[];
  stop(): Promise<void>;
}

export async function startTestPlatform(opts: { label?: string; env?: Record<string, string> } = {}): Promise<TestPlatform> {
  const { launchPlatform } = await import(pathToFileURL(path.join(root, 'scripts/platform.mjs')).href);
  const { freePort } = await import(pathToFileURL(path.join(root, 'e2e/support/global-setup.mjs')).href);
  const databaseUrl = await createTestDatabase(opts.label ?? 'platform');
  const [port, personnel, cases, supervision] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const output: string[] = [];
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_OPTIONS: '',
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PERSONNEL_PORT: String(personnel),
    CASES_PORT: String(cases),
    SUPERVISION_PORT: String(supervision),
    CLOCK_NOW: TEST_NOW,
    SEED_DEMO: 'true',
    METRICS: 'true',
    ...opts.env,
  };
  let platform;
  try {
    platform = await launchPlatform({ env, log: (name: string, line: string) => output.push(`[${name}] ${line}`) });
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${output.slice(-40).join('\n')}`);
  }
  return {
    baseUrl: `http://localhost:${port}`,
    gatewayUrl: `http://localhost:${port}/graphql`,
    databaseUrl,
    subgraphUrls: platform.subgraphUrls,
    env,
    logs: () => [...output],
    stopSubgraph: (name) => new Promise<void>((resolve) => {
      const child = platform.processes[name];
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
    stop: () => platform.stop(),
  };
}

/** Total SQL statements each subgraph process has sent so far (its `/metrics`). */
export async function sqlStatements(p: TestPlatform): Promise<number> {
  let total = 0;
  for (const base of Object.values(p.subgraphUrls)) total += ((await (await fetch(`${base}/metrics`)).json()) as { sqlStatements: number }).sqlStatements;
  return total;
}
