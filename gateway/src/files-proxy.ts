/**
 * `/files` and `/files/:sha256` — uploads and downloads of the 全过程记录's files (004 第十五条) — proxied to the
 * cases subgraph, which owns them and decides who may do what. The console talks only to the gateway. Bodies
 * stream both ways (never buffered: a video may be hundreds of MB); the gateway's JSON body limits stay on
 * /graphql. A bad token is refused here as it is for GraphQL; an upload larger than FILE_MAX_BYTES is refused
 * before a byte is forwarded when it says its length.
 */
import http from 'node:http';
import type express from 'express';
import { ErrorCode, formatBytes, sendGraphQLError, type logger, type TokenVerifier } from '@jiandu/kit';

/** Request headers passed on; everything else (cookies, hop-by-hop headers) stays at the gateway. */
const FORWARD_REQUEST = ['authorization', 'content-type', 'content-length', 'x-file-name', 'accept', 'if-none-match', 'transfer-encoding'];
/** Response headers passed back. */
const FORWARD_RESPONSE = [
  'content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'content-security-policy', 'cache-control', 'etag', 'connection',
];

export interface FilesProxyOptions {
  /** The cases subgraph's GraphQL URL (env.subgraphUrls.cases); the files routes are beside it. */
  casesUrl: string;
  maxBytes: number;
  verifier: TokenVerifier;
  log: Pick<typeof logger, 'warn' | 'error'>;
}

export function filesProxy(o: FilesProxyOptions): express.RequestHandler {
  const target = new URL(o.casesUrl);
  return async (req, res) => {
    const path = req.originalUrl.split('?')[0]!;
    const upload = path === '/files' || path === '/files/';
    const download = /^\/files\/[0-9a-fA-F]{64}$/.test(path);
    if (!upload && !download) return sendGraphQLError(req, res, 404, ErrorCode.NOT_FOUND, '未找到该文件，或您无权查看');
    const allowed = upload ? ['POST'] : ['GET', 'HEAD'];
    if (!allowed.includes(req.method)) {
      return sendGraphQLError(req, res, 405, ErrorCode.BAD_REQUEST, '不支持的请求方法 (method not allowed)', {}, { allow: allowed.join(', '), connection: 'close' });
    }
    if (req.headers.authorization) {
      const { tokenProblem } = await o.verifier.identify(req.headers.authorization);
      if (tokenProblem) return sendGraphQLError(req, res, 401, ErrorCode.UNAUTHENTICATED, '登录已失效，请重新登录', {}, { connection: 'close' });
    }
    if (req.method === 'POST' && Number(req.headers['content-length']) > o.maxBytes) {
      return sendGraphQLError(req, res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `文件过大：单个文件不得超过 ${formatBytes(o.maxBytes)}`, { maxBytes: o.maxBytes }, { connection: 'close' });
    }
    const headers: http.OutgoingHttpHeaders = {};
    for (const h of FORWARD_REQUEST) if (req.headers[h] !== undefined) headers[h] = req.headers[h];
    const upstream = http.request({
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      method: req.method,
      path: upload ? '/files' : path,
      headers,
    });
    upstream.on('response', (up) => {
      const out: Record<string, string | string[]> = {};
      for (const h of FORWARD_RESPONSE) if (up.headers[h] !== undefined) out[h] = up.headers[h] as string | string[];
      res.status(up.statusCode ?? 502).set(out);
      up.pipe(res);
    });
    upstream.on('error', (err) => {
      o.log.warn({ err }, 'cases files route unavailable');
      if (!res.headersSent) {
        sendGraphQLError(req, res, 502, ErrorCode.DEPENDENCY_UNAVAILABLE, '文件服务暂时不可用，请稍后重试', {}, { connection: 'close' });
      } else res.destroy();
    });
    // a client that goes away (mid-upload or mid-download) stops the transfer upstream too
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    if (req.method === 'POST') req.pipe(upstream);
    else upstream.end();
  };
}
