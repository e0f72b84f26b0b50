/**
 * `GET /statistics/:agencyId/:year.csv|json` — the 年报 export (000 二(六), 001 三(四), 002 事后公开 四) —
 * proxied to the cases subgraph, which owns the figures and decides who may read them (the caller's bearer token
 * is passed on and verified there again). The console talks only to the gateway. A bad token is refused here as
 * it is for GraphQL.
 */
import http from 'node:http';
import type express from 'express';
import { ErrorCode, sendGraphQLError, type logger, type TokenVerifier } from '@jiandu/kit';

const FORWARD_REQUEST = ['authorization', 'accept'];
const FORWARD_RESPONSE = ['content-type', 'content-length', 'content-disposition', 'cache-control'];
const PATH = /^\/statistics\/[^/?#]+\/\d{1,6}\.(csv|json)$/;

export interface StatisticsProxyOptions {
  /** The cases subgraph's GraphQL URL (env.subgraphUrls.cases); the export route is beside it. */
  casesUrl: string;
  verifier: TokenVerifier;
  log: Pick<typeof logger, 'warn' | 'error'>;
}

export function statisticsProxy(o: StatisticsProxyOptions): express.RequestHandler {
  const target = new URL(o.casesUrl);
  return async (req, res) => {
    const [path, query] = req.originalUrl.split('?') as [string, string | undefined];
    if (!PATH.test(path)) return sendGraphQLError(req, res, 404, ErrorCode.NOT_FOUND, '导出地址应为 /statistics/{执法主体编号}/{年度}.csv 或 .json');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendGraphQLError(req, res, 405, ErrorCode.BAD_REQUEST, '不支持的请求方法 (method not allowed)', {}, { allow: 'GET, HEAD' });
    }
    if (req.headers.authorization) {
      const { tokenProblem } = await o.verifier.identify(req.headers.authorization);
      if (tokenProblem) return sendGraphQLError(req, res, 401, ErrorCode.UNAUTHENTICATED, '登录已失效，请重新登录');
    }
    const headers: http.OutgoingHttpHeaders = {};
    for (const h of FORWARD_REQUEST) if (req.headers[h] !== undefined) headers[h] = req.headers[h];
    const upstream = http.request({
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      method: req.method,
      path: query === undefined ? path : `${path}?${query}`,
      headers,
    });
    upstream.on('response', (up) => {
      const out: Record<string, string | string[]> = {};
      for (const h of FORWARD_RESPONSE) if (up.headers[h] !== undefined) out[h] = up.headers[h] as string | string[];
      res.status(up.statusCode ?? 502).set(out);
      up.pipe(res);
      res.on('close', () => up.destroy());
    });
    upstream.on('error', (err) => {
      o.log.warn({ err }, 'cases statistics export unavailable');
      if (!res.headersSent) sendGraphQLError(req, res, 502, ErrorCode.DEPENDENCY_UNAVAILABLE, '统计导出服务暂时不可用，请稍后重试');
      else res.destroy();
    });
    upstream.end();
  };
}
