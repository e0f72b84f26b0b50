import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { blobStoreFromEnv, FileTooLargeError, LocalBlobStore, S3BlobStore, type BlobStore } from './index.js';
import { ErrorCode } from '../errors.js';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const chunks = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-blobs-'));

/** The behaviour both stores share (004 第十五条: the record holds the digest, the store the bytes). */
function contract(name: string, store: () => BlobStore) {
  describe(`${name}: content-addressed (004 第十五条 全过程记录)`, () => {
    it('stores a stream under its SHA-256, computed while streaming; gives the same bytes back', async () => {
      const s = store();
      const put = await s.put(chunks('现场', '照片', '的内容'));
      expect(put).toEqual({ sha256: sha('现场照片的内容'), size: Buffer.byteLength('现场照片的内容') });
      expect(await s.has(put.sha256)).toBe(true);
      expect(await s.stat(put.sha256)).toEqual({ size: put.size });
      const got = await s.get(put.sha256);
      expect(got!.size).toBe(put.size);
      expect(await text(got!.stream)).toBe('现场照片的内容');
    });

    it('is idempotent: the same content twice is one blob with one digest', async () => {
      const s = store();
      const a = await s.put(Buffer.from('同一份询问笔录'));
      const b = await s.put(chunks('同一份', '询问笔录'));
      expect(b).toEqual(a);
      expect(await text((await s.get(a.sha256))!.stream)).toBe('同一份询问笔录');
    });

    it('an unknown or malformed digest is absent, not an error', async () => {
      const s = store();
      expect(await s.has(sha('从未上传'))).toBe(false);
      expect(await s.stat(sha('从未上传'))).toBeNull();
      expect(await s.get(sha('从未上传'))).toBeNull();
      expect(await s.has('../../etc/passwd')).toBe(false);
      expect(await s.get('ABC')).toBeNull();
    });

    it('refuses more than maxBytes with PAYLOAD_TOO_LARGE and stores nothing', async () => {
      const s = store();
      const big = 'x'.repeat(2048);
      await expect(s.put(chunks(big, big), { maxBytes: 3000 })).rejects.toMatchObject({ code: ErrorCode.PAYLOAD_TOO_LARGE });
      await expect(s.put(Buffer.from(big), { maxBytes: 100 })).rejects.toBeInstanceOf(FileTooLargeError);
      expect(await s.has(sha(big + big))).toBe(false);
      expect(await s.has(sha(big))).toBe(false);
      expect((await s.put(Buffer.from(big), { maxBytes: 2048 })).size).toBe(2048);
    });
  });
}

const localRoot = tmp();
contract('LocalBlobStore', () => new LocalBlobStore(localRoot));

describe('LocalBlobStore layout', () => {
  it('keeps <root>/ab/cd/<sha256> and leaves no temporary file behind, even after a refusal', async () => {
    const root = tmp();
    const s = new LocalBlobStore(root);
    const { sha256 } = await s.put(Buffer.from('录音'));
    expect(fs.existsSync(path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256))).toBe(true);
    await expect(s.put(Buffer.from('太大的文件'), { maxBytes: 3 })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(fs.readdirSync(path.join(root, 'tmp'))).toEqual([]);
  });

  it('the environment picks the data folder by default', () => {
    const s = blobStoreFromEnv({ dataDir: '/srv/jiandu/.data', files: { store: 'local', maxBytes: 1, s3: null } });
    expect(s).toBeInstanceOf(LocalBlobStore);
    expect((s as LocalBlobStore).root).toBe('/srv/jiandu/.data/files');
  });
});

// An S3-compatible server in the test process (s3rver checks the SigV4 signature of every request).
interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
  httpServer?: http.Server;
}
let s3rver: S3rverInstance;
let endpoint = '';
const s3Dir = tmp();
beforeAll(async () => {
  const { default: S3rver } = (await import('s3rver' as string)) as { default: new (o: object) => S3rverInstance };
  s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3Dir, configureBuckets: [{ name: 'jiandu-files' }] });
  const { port } = await s3rver.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  s3rver?.httpServer?.closeAllConnections();
  await s3rver?.close();
});

const settings = (o: Partial<{ secretAccessKey: string }> = {}) => ({
  endpoint, bucket: 'jiandu-files', region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: o.secretAccessKey ?? 'S3RVER',
});
contract('S3BlobStore', () => new S3BlobStore(settings(), tmp()));

describe('S3BlobStore requests', () => {
  it('keys the object by its SHA-256 in the bucket', async () => {
    const s = new S3BlobStore(settings(), tmp());
    const { sha256 } = await s.put(Buffer.from('强制拆除现场录像'));
    const res = await fetch(`${endpoint}/jiandu-files?list-type=2`);
    expect(await res.text()).toContain(`<Key>${sha256}</Key>`);
  });

  it('an access key the store does not know is refused (HTTP 403), not taken as "absent"', async () => {
    const s = new S3BlobStore({ ...settings(), accessKeyId: 'NOBODY' }, tmp());
    await expect(s.put(Buffer.from('无效密钥'))).rejects.toThrow(/S3 HEAD failed: HTTP 403/);
  });

  it('signs with SigV4 over the digest as payload hash and streams a known length (checked against our own signature)', async () => {
    // s3rver does not check V4 signatures: a recording server does, recomputing the signature independently
    const seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: Buffer }[] = [];
    const server = http.createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(parts) });
        res.statusCode = req.method === 'HEAD' ? 404 : 200;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (server.address() as { port: number }).port;
      const s = new S3BlobStore({ endpoint: `http://127.0.0.1:${port}/`, bucket: 'jiandu-files', region: 'cn-northwest-1', accessKeyId: 'AK', secretAccessKey: 'SK' }, tmp());
      const content = Buffer.from('查封扣押现场录音');
      const { sha256 } = await s.put(content);
      expect(seen.map((r) => [r.method, r.url])).toEqual([['HEAD', `/jiandu-files/${sha256}`], ['PUT', `/jiandu-files/${sha256}`]]);
      const put = seen[1]!;
      expect(put.body.equals(content)).toBe(true);
      expect(put.headers['content-length']).toBe(String(content.length));
      expect(put.headers['x-amz-content-sha256']).toBe(sha256);
      expect(sigV4(put, 'SK')).toBe(/Signature=([0-9a-f]{64})/.exec(String(put.headers.authorization))![1]);
      expect(String(put.headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 Credential=AK\/\d{8}\/cn-northwest-1\/s3\/aws4_request, /);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('the environment picks S3 with FILE_STORE=s3', () => {
    expect(blobStoreFromEnv({ dataDir: '/d', files: { store: 's3', maxBytes: 1, s3: settings() } })).toBeInstanceOf(S3BlobStore);
  });
});

/** AWS Signature Version 4 of a recorded request, computed here from its headers (the test's own implementation). */
function sigV4(r: { method: string; url: string; headers: http.IncomingHttpHeaders }, secret: string): string {
  const auth = String(r.headers.authorization);
  const [, scope, signed] = /Credential=[^/]+\/([^,]+), SignedHeaders=([^,]+),/.exec(auth)!;
  const [date, region, service] = scope!.split('/');
  const names = signed!.split(';');
  const canonical = [
    r.method,
    r.url.split('?')[0],
    r.url.split('?')[1] ?? '',
    ...names.map((n) => `${n}:${String(r.headers[n]).trim()}`),
    '',
    signed,
    String(r.headers['x-amz-content-sha256']),
  ].join('\n');
  const toSign = ['AWS4-HMAC-SHA256', String(r.headers['x-amz-date']), scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
  const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date!), region!), service!), 'aws4_request');
  return createHmac('sha256', key).update(toSign).digest('hex');
}
