// Starts one embedded PostgreSQL for the whole test run and generates throw-away signing keys.
// Each test file then creates its own database on it (e2e/support/db.ts), so files never share data.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  const dir = path.join(root, '.test-data', `run-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL ??= 'fatal';
  process.env.DATA_DIR = dir;
  const kit = await import(pathToFileURL(path.join(root, 'kit/dist/index.js')).href);
  const port = await freePort();
  let db;
  try {
    db = await kit.startEmbeddedPostgres({ dataDir: dir, port, database: 'postgres' });
  } catch (e) {
    // A message naming the folder and the fix (kit's StartupProblem), not a stack trace; then stop at once.
    process.stderr.write(`\n测试数据库无法启动 (the test database did not start): ${e?.message ?? e}\n`);
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }
  await kit.ensureDevKeys(path.join(dir, 'keys', 'jwt-private.pem'), path.join(dir, 'keys', 'jwt-public.pem'));
  kit.ensureSecretKeyFile(path.join(dir, 'keys', 'complainant.key'));
  globalThis.__JIANDU_TEST_DB__ = db;
  globalThis.__JIANDU_TEST_DIR__ = dir;
  process.env.TEST_PG_ADMIN_URL = db.url;
  process.env.JWT_PRIVATE_KEY_FILE = path.join(dir, 'keys', 'jwt-private.pem');
  process.env.JWT_PUBLIC_KEY_FILE = path.join(dir, 'keys', 'jwt-public.pem');
  process.env.COMPLAINANT_KEY_FILE = path.join(dir, 'keys', 'complainant.key');
}
