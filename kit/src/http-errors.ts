/**
 * HTTP-level failures (before GraphQL runs) answered as GraphQL errors, by the gateway and every subgraph
 * alike: a malformed or oversized body gets `{ errors: [{ message, extensions: { code } }] }` with a 4xx
 * status, never Express's HTML page with its stack trace and file paths.
 */
import type { ErrorRequestHandler, Request, Response } from 'express';
import { ErrorCode } from './errors.js';
import type { logger } from './log.js';

type Logger = Pick<typeof logger, 'debug' | 'error'>;

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** Sends one GraphQL error with an HTTP status (in the media type the client asked for, JSON otherwise). */
export function sendGraphQLError(
  req: Request,
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): void {
  const type = (req.headers.accept ?? '').includes(GRAPHQL_RESPONSE_JSON) ? GRAPHQL_RESPONSE_JSON : 'application/json';
  res
    .status(status)
    .set({ ...headers, 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' })
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

interface BodyError {
  type?: unknown;
  status?: unknown;
  statusCode?: unknown;
  limit?: unknown;
}

/** What the client did wrong, in words a clerk (or the developer of a client) can act on. */
function describe(err: BodyError): { status: number; code: ErrorCode; message: string } | undefined {
  switch (err.type) {
    case 'entity.parse.failed':
      return { status: 400, code: ErrorCode.BAD_REQUEST, message: '请求体不是有效的 JSON，请检查格式 (malformed JSON body)' };
    case 'entity.too.large':
      return { status: 413, code: ErrorCode.PAYLOAD_TOO_LARGE, message: '请求体过大，请减少一次提交的数据 (request body too large)' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: ErrorCode.BAD_REQUEST, message: '不支持的请求编码，请使用 UTF-8 (unsupported encoding)' };
    default: {
      const status = Number(err.status ?? err.statusCode);
      if (Number.isInteger(status) && status >= 400 && status < 500) {
        return { status, code: ErrorCode.BAD_REQUEST, message: '请求不完整或格式有误，请检查后重试 (bad request)' };
      }
      return undefined;
    }
  }
}

/**
 * The last middleware of every server: body-parser failures become 4xx GraphQL errors; anything else
 * is logged with its stack and answered as a masked 500.
 */
export function graphqlHttpErrorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const known = err && typeof err === 'object' ? describe(err as BodyError) : undefined;
    if (known) {
      log.debug({ type: (err as BodyError).type, status: known.status }, 'bad HTTP request');
      return sendGraphQLError(req, res, known.status, known.code, known.message);
    }
    log.error({ err }, 'unexpected HTTP error');
    sendGraphQLError(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, '服务器内部错误，已记录，请稍后重试或联系系统管理员');
  };
}
