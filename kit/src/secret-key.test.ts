import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ensureSecretKeyFile, readSecretKeyFile, SECRET_KEY_BYTES } from './secret-key.js';
import { parseEnv } from './env.js';

describe('secret key files (the complainant fingerprint key): never in the repository', () => {
  it('is generated once, at first start, readable by its owner only, and read back as 32 bytes', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-secret-')), 'keys', 'complainant.key');
    expect(ensureSecretKeyFile(file)).toBe(true);
    expect(ensureSecretKeyFile(file)).toBe(false);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const key = readSecretKeyFile(file, 'test');
    expect(key.length).toBe(SECRET_KEY_BYTES);
    expect(readSecretKeyFile(file, 'test').equals(key)).toBe(true);
  });

  it('a missing or short key is refused with the file named', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-secret-'));
    expect(() => readSecretKeyFile(path.join(dir, 'none.key'), 'COMPLAINANT_KEY_FILE')).toThrow(/none\.key cannot be read/);
    fs.writeFileSync(path.join(dir, 'short.key'), Buffer.alloc(8).toString('base64'));
    expect(() => readSecretKeyFile(path.join(dir, 'short.key'), 'COMPLAINANT_KEY_FILE')).toThrow(/at least 32 random bytes/);
  });

  it('COMPLAINANT_KEY_FILE: in the data folder by default; no default in production', () => {
    expect(parseEnv({}, '/srv/jiandu').complainantKeyFile).toBe('/srv/jiandu/.data/keys/complainant.key');
    expect(parseEnv({ COMPLAINANT_KEY_FILE: 'secrets/c.key' }, '/srv/jiandu').complainantKeyFile).toBe('/srv/jiandu/secrets/c.key');
    expect(parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }).complainantKeyFile).toBeUndefined();
  });
});
