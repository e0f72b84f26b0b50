/**
 * The file routes of cases, reached through the gateway (which proxies `/files` here, streaming):
 * - `POST /files` — an OFFICER uploads one file as the raw body (`content-type`, `x-file-name` URI-encoded); it is
 *   stored content-addressed and answered `{ sha256, size, mediaType, fileName }`, to be named by a record entry;
 * - `GET /files/:sha256` — the file, for a caller who may read a case whose record references it; 404 for anyone
 *   else, exactly as for a file that does not exist.
 * Failures are GraphQL-shaped JSON errors like every other HTTP failure of the platform.
 */
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import type express from 'express';
import {
  ErrorCode, FileTooLargeError, formatBytes, hasRole, isSha256, logger, sendGraphQLError, type MikroORM, type TokenVerifier,
} from '@jiandu/kit';
import { fileStore, maxFileBytes } from './file-store.js';
import { normalizeFileName, normalizeMediaType } from './record.rules.js';
import { readableFileEntry } from './record.service.js';

const log = logger.child({ subgraph: 'cases', routes: 'files' });

/** `content-disposition` with the file's own (UTF-8) name and an ASCII fallback (RFC 6266 / 5987). */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function tooLarge(req: express.Request, res: express.Response, max: number) {
  // the rest of the body is not read: the connection closes after the answer
  sendGraphQLError(req, res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `文件过大：单个文件不得超过 ${formatBytes(max)}`, { maxBytes: max }, { connection: 'close' });
}

/** The routes, given the subgraph's database and token check (SubgraphMain.routes). */
export const fileRoutes = (deps: { orm: MikroORM; verifier: TokenVerifier }) => (app: express.Express): void => {
  app.post('/files', async (req, res) => {
    const { identity } = await deps.verifier.identify(req.headers.authorization);
    if (identity.anonymous) return sendGraphQLError(req, res, 401, ErrorCode.UNAUTHENTICATED, '请先登录', {}, { connection: 'close' });
    if (!hasRole(identity, 'OFFICER')) {
      return sendGraphQLError(req, res, 403, ErrorCode.FORBIDDEN, '只有执法人员可以上传全过程记录的文件', {}, { connection: 'close' });
    }
    const max = maxFileBytes();
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) return tooLarge(req, res, max);
    const mediaType = normalizeMediaType(req.headers['content-type']);
    if (!mediaType) {
      return sendGraphQLError(req, res, 400, ErrorCode.BAD_USER_INPUT, '请在 content-type 中注明文件类型（如 image/jpeg、audio/mpeg、video/mp4）', { field: 'mediaType' }, { connection: 'close' });
    }
    let rawName = '';
    try {
      rawName = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
    } catch {
      rawName = '';
    }
    const fileName = normalizeFileName(rawName);
    if (!fileName) {
      return sendGraphQLError(req, res, 400, ErrorCode.BAD_USER_INPUT, '请在 x-file-name 中给出文件名（URI 编码，不含路径）', { field: 'fileName' }, { connection: 'close' });
    }
    // the store reads a pass-through, so that refusing an oversized body does not tear down the socket before the answer
    const body = new PassThrough();
    req.pipe(body);
    try {
      const { sha256, size } = await fileStore().put(body, { maxBytes: max });
      res.status(201).set('cache-control', 'no-store').json({ sha256, size, mediaType, fileName });
    } catch (e) {
      req.unpipe(body);
      if (e instanceof FileTooLargeError) return tooLarge(req, res, max);
      throw e;
    }
  });

  app.get('/files/:sha256', async (req, res) => {
    const { identity } = await deps.verifier.identify(req.headers.authorization);
    const sha256 = String(req.params.sha256).toLowerCase();
    const absent = () => sendGraphQLError(req, res, 404, ErrorCode.NOT_FOUND, '未找到该文件，或您无权查看');
    if (!isSha256(sha256) || identity.anonymous) return absent();
    const entry = await readableFileEntry(deps.orm.em.fork(), identity, sha256);
    if (!entry) return absent();
    const etag = `"${sha256}"`;
    const common = {
      etag,
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    };
    if (req.headers['if-none-match'] === etag) return void res.status(304).set(common).end();
    const blob = await fileStore().get(sha256);
    if (!blob) {
      log.error({ sha256, entryId: entry.id }, 'a record entry names a file the store does not have');
      return sendGraphQLError(req, res, 404, ErrorCode.NOT_FOUND, '该文件已登记但在存储中缺失，请联系系统管理员');
    }
    const media = entry.mediaType ?? 'application/octet-stream';
    const inline = /^(image|audio|video)\//.test(media) || media === 'application/pdf';
    res.status(200).set({
      ...common,
      'content-type': media,
      'content-length': String(blob.size),
      'content-disposition': contentDisposition(inline ? 'inline' : 'attachment', entry.fileName ?? sha256),
    });
    if (req.method === 'HEAD') {
      blob.stream.destroy();
      return void res.end();
    }
    await pipeline(blob.stream, res);
  });
};
