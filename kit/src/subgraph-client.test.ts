import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { querySubgraph } from './subgraph-client.js';
import { DomainError } from './errors.js';

// A small HTTP server answering as a subgraph would, by the query it is sent.
let server: http.Server;
let url: string;
let lastAuthorization: string | undefined;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      lastAuthorization = req.headers.authorization;
      const { query } = JSON.parse(body) as { query: string };
      const send = (o: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(o));
      if (query.includes('slow')) setTimeout(() => send({ data: { slow: true } }), 500);
      else if (query.includes('refused')) send({ data: null, errors: [{ message: '未找到执法主体', path: ['agency'], extensions: { code: 'NOT_FOUND' } }] });
      else if (query.includes('broken')) send({ data: null, errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else send({ data: { ok: true } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'OK';
  } catch (e) {
    return e instanceof DomainError ? `${e.code} ${e.message}` : String(e);
  }
};

describe('asking another subgraph (fail closed)', () => {
  it('forwards the caller\'s Authorization header and returns the answer', async () => {
    const a = await querySubgraph(url, '{ ok }', {}, { authorization: 'Bearer abc', what: '人员子图' });
    expect(a).toEqual({ data: { ok: true }, errors: [] });
    expect(lastAuthorization).toBe('Bearer abc');
  });

  it('hands the owner\'s refusals back by code, for the caller to translate', async () => {
    const a = await querySubgraph(url, '{ refused }', {}, { authorization: null, what: '人员子图' });
    expect(a.errors).toEqual([{ message: '未找到执法主体', code: 'NOT_FOUND', path: ['agency'] }]);
  });

  it('refuses with DEPENDENCY_UNAVAILABLE when the other side is down, too slow, or fails inside', async () => {
    expect(await code(querySubgraph('http://127.0.0.1:1/graphql', '{ ok }', {}, { authorization: null, what: '人员子图' }))).toBe('DEPENDENCY_UNAVAILABLE 人员子图暂不可用，请稍后重试');
    expect(await code(querySubgraph(url, '{ slow }', {}, { authorization: null, what: '人员子图', timeoutMs: 100 }))).toBe('DEPENDENCY_UNAVAILABLE 人员子图暂不可用，请稍后重试');
    expect(await code(querySubgraph(url, '{ broken }', {}, { authorization: null, what: '人员子图' }))).toBe('DEPENDENCY_UNAVAILABLE 人员子图暂不可用，请稍后重试');
  });
});
