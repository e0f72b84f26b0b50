import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedPostgres, SYSTEM_DIR } from './postgres.js';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

async function query(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

// A project in a folder only its owner may enter, as `mktemp -d` (0700) and /root are.
const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-private-'));
afterAll(() => fs.rmSync(privateDir, { recursive: true, force: true }));

describe('embedded PostgreSQL in a private folder', () => {
  it('starts, keeps its data between starts, and is found again; as root its data lives outside the private folder', async () => {
    expect(fs.statSync(privateDir).mode & 0o777).toBe(0o700);
    const dataDir = path.join(privateDir, 'jiandu', '.data');
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, database: 'jiandu' });
    const pgLink = path.join(dataDir, 'pg');
    try {
      await query(first.url, 'create table kept (x int); insert into kept values (42)');
      if (process.getuid?.() === 0) {
        // the postgres user cannot enter the private folder: the data is under SYSTEM_DIR, pointed to by .data/pg
        expect(first.dataLocation.startsWith(`${SYSTEM_DIR}/data-`)).toBe(true);
        expect(fs.lstatSync(pgLink).isSymbolicLink()).toBe(true);
        expect(fs.readlinkSync(pgLink)).toBe(first.dataLocation);
        expect(fs.readFileSync(path.join(path.dirname(first.dataLocation), 'SOURCE.txt'), 'utf8')).toContain(fs.realpathSync(dataDir));
        expect(fs.statSync(privateDir).mode & 0o777).toBe(0o700); // the user's folder is left as it was
      } else {
        expect(first.dataLocation).toBe(pgLink);
      }
    } finally {
      await first.stop();
    }
    const again = await startEmbeddedPostgres({ dataDir, port, database: 'jiandu' });
    try {
      expect(again.dataLocation).toBe(first.dataLocation);
      expect(await query(again.url, 'select x from kept')).toEqual([{ x: 42 }]);
    } finally {
      await again.destroy();
    }
    expect(fs.existsSync(first.dataLocation)).toBe(false);
    expect(fs.existsSync(pgLink)).toBe(false);
  }, 120_000);
});
