/**
 * Content-addressed file storage (全过程记录's photos, recordings and documents, 004 第十五条): a file is stored
 * once under its SHA-256 and named by it; the record's hash chain holds the digest, never the bytes. Two
 * stores: LocalBlobStore (the data folder, the default) and S3BlobStore (an S3-compatible service).
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError, ErrorCode } from '../errors.js';

export interface StoredBlob {
  /** Lower-case hex SHA-256 of the content. */
  sha256: string;
  size: number;
}

export interface PutOptions {
  /** Refuse (PAYLOAD_TOO_LARGE) once more than this many bytes have arrived; nothing is stored. */
  maxBytes?: number;
}

export interface BlobStore {
  /** Stores the content (idempotent: the same bytes give the same digest and one object). */
  put(body: Readable | Buffer | Uint8Array, o?: PutOptions): Promise<StoredBlob>;
  has(sha256: string): Promise<boolean>;
  /** The stored size, or null when no such blob is stored. */
  stat(sha256: string): Promise<{ size: number } | null>;
  /** The content, or null when no such blob is stored. */
  get(sha256: string): Promise<{ stream: Readable; size: number } | null>;
}

const SHA256 = /^[0-9a-f]{64}$/;
export const isSha256 = (s: string): boolean => SHA256.test(s);

export class FileTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    super(ErrorCode.PAYLOAD_TOO_LARGE, `文件过大：单个文件不得超过 ${formatBytes(maxBytes)}`, { maxBytes });
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} 字节`;
}

/**
 * Writes `body` to a new file `tempPath`, computing its SHA-256 and size on the way and stopping (the file
 * removed) as soon as more than `maxBytes` arrive. The caller moves or uploads the file, then removes it.
 */
export async function spoolToTemp(body: Readable | Buffer | Uint8Array, tempPath: string, maxBytes = Infinity): Promise<StoredBlob> {
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new FileTooLargeError(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const source = body instanceof Readable ? body : Readable.from([Buffer.from(body)]);
  await fs.promises.mkdir(path.dirname(tempPath), { recursive: true });
  try {
    await pipeline(source, meter, fs.createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }));
  } catch (e) {
    await fs.promises.rm(tempPath, { force: true });
    // a refused upload is not read to its end: the HTTP layer closes the connection
    throw e;
  }
  return { sha256: hash.digest('hex'), size };
}

/** `<root>/ab/cd/<sha256>`: two levels of 256 folders keep any one folder small. */
export class LocalBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new DomainError(ErrorCode.BAD_USER_INPUT, '文件摘要格式不正确（应为 64 位十六进制 SHA-256）', { field: 'sha256' });
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(body: Readable | Buffer | Uint8Array, o: PutOptions = {}): Promise<StoredBlob> {
    const temp = path.join(this.root, 'tmp', `${randomUUID()}.part`);
    const blob = await spoolToTemp(body, temp, o.maxBytes);
    const final = this.pathOf(blob.sha256);
    try {
      await fs.promises.mkdir(path.dirname(final), { recursive: true });
      // rename is atomic: a reader sees the whole file or none; the same content twice simply replaces itself
      await fs.promises.rename(temp, final);
    } finally {
      await fs.promises.rm(temp, { force: true });
    }
    return blob;
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.stat(sha256)) !== null;
  }

  async stat(sha256: string): Promise<{ size: number } | null> {
    if (!isSha256(sha256)) return null;
    try {
      const st = await fs.promises.stat(this.pathOf(sha256));
      return st.isFile() ? { size: st.size } : null;
    } catch {
      return null;
    }
  }

  async get(sha256: string): Promise<{ stream: Readable; size: number } | null> {
    if (!isSha256(sha256)) return null;
    const file = this.pathOf(sha256);
    try {
      const stat = await fs.promises.stat(file);
      return { stream: fs.createReadStream(file), size: stat.size };
    } catch {
      return null;
    }
  }
}
