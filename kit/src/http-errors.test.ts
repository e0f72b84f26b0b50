import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import express from 'express';
import { graphqlHttpErrorHandler } from './http-errors.js';
import { logger } from './log.js';

let server: http.Server;
let url: string;

beforeAll(async () => {
  const app = express();
  app.post('/graphql', express.json({ limit: '1kb' }), (_req, res) => {
    res.json({ data: { ok: true } });
  });
  app.get('/boom', () => {
    throw new Error('connect ECONNREFUSED /srv/secret/db.sock');
  });
  app.use(graphqlHttpErrorHandler(logger.child({ test: 'http-errors' })));
  server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

async function expectGraphQLError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/(json|graphql-response\+json); charset=utf-8$/);
  const text = await res.text();
  expect(text).not.toMatch(/<html|<pre|node_modules|at .+\.js|\/srv\/|SyntaxError|ECONNREFUSED/i);
  const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]!.extensions.code).toBe(code);
  expect(body.errors[0]!.message).toMatch(/[\u4e00-\u9fa5]/);
  return body.errors[0]!;
}

describe('HTTP failures are GraphQL errors without internals', () => {
  it('a malformed JSON body is 400 BAD_REQUEST', async () => {
    const e = await expectGraphQLError(await post('{bad'), 400, 'BAD_REQUEST');
    expect(e.message).toContain('JSON');
  });

  it('a body over the limit is 413 PAYLOAD_TOO_LARGE', async () => {
    await expectGraphQLError(await post(JSON.stringify({ query: `{ ${'x '.repeat(2000)} }` })), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('an unsupported charset is 415', async () => {
    await expectGraphQLError(await post('{}', { 'content-type': 'application/json; charset=latin-9' }), 415, 'BAD_REQUEST');
  });

  it('the media type the client accepts is used', async () => {
    const res = await post('{bad', { accept: 'application/graphql-response+json' });
    expect(res.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
  });

  it('anything unexpected is a masked 500', async () => {
    await expectGraphQLError(await fetch(`${url}/boom`), 500, 'INTERNAL_SERVER_ERROR');
  });
});
