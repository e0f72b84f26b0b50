/**
 * An S3-compatible store (AWS S3, MinIO, Ceph …): one object per file, keyed by its SHA-256, addressed
 * path-style (`<endpoint>/<bucket>/<sha256>`), requests signed with SigV4 (aws4fetch). The digest is only known
 * once the whole upload has arrived, so the body is spooled to a temporary file first (hashed on the way) and
 * then sent with `x-amz-content-sha256` set to that digest: the store itself checks that it got those bytes.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AwsClient } from 'aws4fetch';
import { isSha256, spoolToTemp, type BlobStore, type PutOptions, type StoredBlob } from './blob-store.js';

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export class S3StoreError extends Error {
  constructor(operation: string, status: number, body: string) {
    super(`S3 ${operation} failed: HTTP ${status} ${body.slice(0, 300)}`);
    this.name = 'S3StoreError';
  }
}

export class S3BlobStore implements BlobStore {
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(private readonly s: S3Settings, private readonly tempDir: string = os.tmpdir()) {
    // no automatic retries: an upload's body is a stream that can be sent once
    this.client = new AwsClient({ accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey, service: 's3', region: s.region, retries: 0 });
    this.base = `${s.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(s.bucket)}`;
  }

  private url(sha256: string): string {
    return `${this.base}/${sha256}`;
  }

  async put(body: Readable | Buffer | Uint8Array, o: PutOptions = {}): Promise<StoredBlob> {
    const temp = path.join(this.tempDir, `jiandu-upload-${randomUUID()}.part`);
    const blob = await spoolToTemp(body, temp, o.maxBytes);
    try {
      if (await this.has(blob.sha256)) return blob;
      const res = await this.client.fetch(this.url(blob.sha256), {
        method: 'PUT',
        body: Readable.toWeb(fs.createReadStream(temp)) as unknown as ReadableStream,
        headers: { 'content-length': String(blob.size), 'content-type': 'application/octet-stream', 'x-amz-content-sha256': blob.sha256 },
        duplex: 'half',
      } as RequestInit);
      if (!res.ok) throw new S3StoreError('PUT', res.status, await res.text());
      await res.body?.cancel();
      return blob;
    } finally {
      await fs.promises.rm(temp, { force: true });
    }
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.stat(sha256)) !== null;
  }

  async stat(sha256: string): Promise<{ size: number } | null> {
    if (!isSha256(sha256)) return null;
    const res = await this.client.fetch(this.url(sha256), { method: 'HEAD' });
    if (res.status === 404) return null;
    if (!res.ok) throw new S3StoreError('HEAD', res.status, '');
    return { size: Number(res.headers.get('content-length') ?? 0) };
  }

  async get(sha256: string): Promise<{ stream: Readable; size: number } | null> {
    if (!isSha256(sha256)) return null;
    const res = await this.client.fetch(this.url(sha256), { method: 'GET' });
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    if (!res.ok || !res.body) throw new S3StoreError('GET', res.status, await res.text());
    return { stream: Readable.fromWeb(res.body as unknown as WebReadableStream), size: Number(res.headers.get('content-length') ?? 0) };
  }
}
