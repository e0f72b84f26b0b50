/**
 * Secret keys kept in files, never in the repository: 32 random bytes, base64, one line (e.g. the key of
 * supervision's complainant fingerprints). In development and tests a missing key is generated at first start
 * into the data folder, like the development signing keys (`ensureDevKeys`); in production it must be there.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Bytes of a generated key, and the fewest a key file must hold. */
export const SECRET_KEY_BYTES = 32;

/**
 * Creates `file` with a new random key unless it exists; true when it created it. Exclusive creation (`wx`), so
 * processes starting together never overwrite each other's key: the first one wins and the others read it.
 */
export function ensureSecretKeyFile(file: string): boolean {
  if (fs.existsSync(file)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, `${crypto.randomBytes(SECRET_KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** The key in `file` (base64, at least 32 bytes); throws a message naming the file when it is missing or short. */
export function readSecretKeyFile(file: string, what: string): Buffer {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`${what}: key file ${file} cannot be read`);
  }
  const key = Buffer.from(text, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || key.length < SECRET_KEY_BYTES) {
    throw new Error(`${what}: key file ${file} must hold at least ${SECRET_KEY_BYTES} random bytes, base64 (e.g. \`openssl rand -base64 32\`)`);
  }
  return key;
}
