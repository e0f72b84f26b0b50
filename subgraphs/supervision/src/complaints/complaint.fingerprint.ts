/**
 * Repeat complainants recognisable without exposing who they are (issue 9; DESIGN "Supervision and
 * complaints": contact details protected): each named complaint stores HMAC-SHA256(key, the complainant's
 * normalised phone — or e-mail without a phone, complaint.rules.ts `complainantIdentity`). Equal complainants
 * give equal fingerprints; without the key a fingerprint tells nothing, and unlike a plain hash it cannot be
 * reversed by hashing every mobile number (there are only about 10^10). The key lives outside the database and
 * the repository (COMPLAINANT_KEY_FILE; generated into the data folder at first start outside production), so a
 * copy of the database alone does not link complaints to a phone. The graph never returns a fingerprint — only
 * whether there are others, to those who may read the complainant.
 *
 * Keep the key with the backups: with a new key, earlier complaints are no longer recognised as the same person's
 * (nothing else breaks).
 */
import crypto from 'node:crypto';
import { ensureSecretKeyFile, env, readSecretKeyFile } from '@jiandu/kit';

let cached: { file: string; key: Buffer } | null = null;

/** The fingerprint key; outside production created at first use. Throws in production when it is not configured. */
export function complainantKey(): Buffer {
  const e = env();
  const file = e.complainantKeyFile;
  if (!file) throw new Error('COMPLAINANT_KEY_FILE: required in production (the key of complainant fingerprints in supervision; e.g. `openssl rand -base64 32 > complainant.key`)');
  if (cached?.file === file) return cached.key;
  if (e.nodeEnv !== 'production') ensureSecretKeyFile(file);
  const key = readSecretKeyFile(file, 'COMPLAINANT_KEY_FILE');
  cached = { file, key };
  return key;
}

/** The fingerprint of a complainant identity (`complainantIdentity`), or null for none (anonymous). */
export function complainantFingerprint(identity: string | null, key?: Buffer): string | null {
  if (!identity) return null;
  return crypto.createHmac('sha256', key ?? complainantKey()).update(identity, 'utf8').digest('hex');
}
