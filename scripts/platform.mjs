// Starts the platform's processes as they run in production — three subgraphs and the gateway, each its
// own Node process — after applying each subgraph's migrations and loading its seed data. Used by
// `npm start` and by the end-to-end and browser tests, so both run exactly the same thing.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SUBGRAPHS = ['personnel', 'cases', 'supervision'];

function pipe(name, child, log) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    readline.createInterface({ input: stream }).on('line', (line) => log(name, line));
  }
}

function run(name, args, env, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    pipe(name, child, log);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name}: ${args.slice(1).join(' ')} exited with ${code}`))));
  });
}

export async function waitForHealth(url, timeoutMs = 60_000, child) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode} before it was healthy`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not become healthy within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * @param {{ env: Record<string,string>, log?: (name: string, line: string) => void, seed?: boolean }} o
 *   env: the complete environment for the children (DATABASE_URL, ports, DATA_DIR, …)
 */
export async function launchPlatform(o) {
  const log = o.log ?? ((name, line) => process.stdout.write(`[${name}] ${line}\n`));
  const env = o.env;
  const children = [];
  /** Each subgraph's process by name (tests stop one to see the others fail closed). */
  const processes = {};
  const stop = async () => {
    await Promise.all(
      children.map(
        (c) =>
          new Promise((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.kill('SIGTERM');
            setTimeout(() => c.kill('SIGKILL'), 5000).unref();
          }),
      ),
    );
  };
  try {
    await Promise.all(
      SUBGRAPHS.map(async (s) => {
        const entry = path.join(root, 'subgraphs', s, 'dist', 'index.js');
        await run(s, [entry, 'migrate'], env, log);
        if (o.seed !== false) await run(s, [entry, 'seed'], env, log);
      }),
    );
    const ports = { personnel: env.PERSONNEL_PORT, cases: env.CASES_PORT, supervision: env.SUPERVISION_PORT };
    await Promise.all(
      SUBGRAPHS.map(async (s) => {
        const child = spawn(process.execPath, [path.join(root, 'subgraphs', s, 'dist', 'index.js'), 'serve'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
        children.push(child);
        processes[s] = child;
        pipe(s, child, log);
        await waitForHealth(`http://127.0.0.1:${ports[s]}/health`, 60_000, child);
      }),
    );
    const gateway = spawn(process.execPath, [path.join(root, 'gateway', 'dist', 'index.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(gateway);
    pipe('gateway', gateway, log);
    await waitForHealth(`http://127.0.0.1:${env.PORT}/health`, 60_000, gateway);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    gatewayUrl: `http://localhost:${env.PORT}/graphql`,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s, `http://127.0.0.1:${env[`${s.toUpperCase()}_PORT`]}`])),
    children,
    processes,
    stop,
  };
}
