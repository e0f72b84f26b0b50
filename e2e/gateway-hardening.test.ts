/**
 * The gateway (and the subgraphs' HTTP servers) on bad input, through the real platform: shape limits
 * refuse before any subgraph works, HTTP failures are JSON GraphQL errors without internals, anonymous
 * public lookups are rate-limited per client, and the GraphQL-over-HTTP audit (graphql-http) passes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auditServer } from 'graphql-http';
import { DEMO_PASSWORD } from '@jiandu/kit';
import { startTestPlatform, sqlStatements, type TestPlatform } from './support/platform.js';
import { ok } from './support/graphql.js';

const RATE_MAX = 5;
let p: TestPlatform;

beforeAll(async () => {
  p = await startTestPlatform({
    label: 'hardening',
    // a small allowance to exhaust; X-Forwarded-For from the local proxy (this test) names the client
    env: { PUBLIC_RATE_LIMIT_MAX: String(RATE_MAX), PUBLIC_RATE_LIMIT_WINDOW_SECONDS: '600', TRUST_PROXY: 'loopback' },
  });
}, 180_000);
afterAll(() => p?.stop());

interface ErrorBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string; json: ErrorBody }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  let json: ErrorBody = {};
  try {
    json = JSON.parse(text) as ErrorBody;
  } catch {
    // asserted by the callers
  }
  return { status: res.status, headers: res.headers, text, json };
}
const query = (url: string, q: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post(url, JSON.stringify({ query: q, variables }), headers);

const lookup = (client: string, aliases = 1, token?: string) =>
  query(
    p.gatewayUrl,
    `{ ${Array.from({ length: aliases }, (_, i) => `c${i}: publicCertificate(number: "31000036001") { holderName }`).join(' ')} }`,
    {},
    { 'x-forwarded-for': client, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  );

/** No HTML, no stack frames, no file paths, no parser internals. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/<!DOCTYPE|<html|<pre>/i);
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/work\/|\.js:\d+|stacktrace|SyntaxError: Unexpected/);
}

describe('shape limits: refused before any subgraph works', () => {
  it('an anonymous query of 2,000 aliases of publicCertificate is refused at once, without a single SQL statement', async () => {
    const before = await sqlStatements(p);
    const started = performance.now();
    const r = await lookup('198.51.100.1', 2000);
    const elapsed = performance.now() - started;
    expect(r.status).toBe(400);
    expect(r.json.data).toBeUndefined();
    expect(r.json.errors).toHaveLength(1);
    expect(r.json.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(['tokens', 'aliases']).toContain(r.json.errors![0]!.extensions!.limit);
    expect(elapsed).toBeLessThan(2000);
    expect(await sqlStatements(p)).toBe(before);
  });

  it('within the token limit, 100 aliases are refused by the alias limit, with the count', async () => {
    const before = await sqlStatements(p);
    const r = await lookup('198.51.100.1', 100);
    expect(r.status).toBe(400);
    expect(r.json.errors!.map((e) => e.extensions)).toEqual([{ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 15, found: 100 }]);
    expect(r.json.errors![0]!.message).toBe('查询中的别名过多（100 个，最多 15 个），请拆分为多次查询');
    expect(await sqlStatements(p)).toBe(before);
  });

  it('directives and depth beyond their limits are refused the same way', async () => {
    const directives = await query(p.gatewayUrl, `{ me { ${'__typename @include(if: true) '.repeat(51)} } }`);
    expect(directives.status).toBe(400);
    expect(directives.json.errors!.map((e) => e.extensions)).toEqual([{ code: 'QUERY_TOO_COMPLEX', limit: 'directives', max: 50, found: 51 }]);
    let nested = 'name';
    for (let i = 0; i < 14; i++) nested = `parent { ${nested} }`;
    const deep = await query(p.gatewayUrl, `{ agencies { items { ${nested} } } }`);
    expect(deep.status).toBe(400);
    expect(deep.json.errors!.map((e) => e.extensions?.limit)).toEqual(['depth']);
    expect(deep.json.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('HTTP failures are JSON GraphQL errors showing no internals', () => {
  const targets = () => ({ gateway: p.gatewayUrl, ...Object.fromEntries(Object.entries(p.subgraphUrls).map(([k, v]) => [k, `${v}/graphql`])) });

  it('a malformed JSON body is 400 BAD_REQUEST at the gateway and at each subgraph', async () => {
    for (const [name, url] of Object.entries(targets())) {
      const r = await post(url, '{bad');
      expect({ name, status: r.status, type: r.headers.get('content-type') }).toEqual({ name, status: 400, type: 'application/json; charset=utf-8' });
      expectNoInternals(r.text);
      expect(r.json.errors).toEqual([{ message: expect.stringContaining('请求体不是有效的 JSON'), extensions: { code: 'BAD_REQUEST' } }]);
    }
  });

  it('a body over 2 MB is 413 PAYLOAD_TOO_LARGE at the gateway and at each subgraph', async () => {
    const huge = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } });
    for (const [name, url] of Object.entries(targets())) {
      const r = await post(url, huge);
      expect({ name, status: r.status }).toEqual({ name, status: 413 });
      expectNoInternals(r.text);
      expect(r.json.errors!.map((e) => e.extensions?.code)).toEqual(['PAYLOAD_TOO_LARGE']);
    }
  });

  it('a JSON body that is not an object, and a GraphQL syntax error, are 400 with a code and no internals', async () => {
    for (const body of ['"just a string"', '[1, 2]', JSON.stringify({ query: '{ me { ' })]) {
      const r = await post(p.gatewayUrl, body);
      expect(r.status).toBe(400);
      expectNoInternals(r.text);
      expect(typeof r.json.errors?.[0]?.extensions?.code).toBe('string');
    }
  });
});

describe('the console is served so that an upgrade never strands a browser', () => {
  it('index.html is revalidated on every load; the hashed assets it names are cached for a year', async () => {
    const base = p.gatewayUrl.replace(/\/graphql$/, '');
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const asset = /(?:src|href)="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const js = await fetch(`${base}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/officers/123`)).headers.get('cache-control')).toBe('no-cache'); // a client route
  });
});

describe('anonymous public lookups are rate-limited per client', () => {
  it(`after ${RATE_MAX} lookups a client gets 429 RATE_LIMITED with Retry-After; other clients and staff are not affected`, async () => {
    const client = '203.0.113.7';
    for (let i = 0; i < RATE_MAX; i++) {
      const r = await lookup(client);
      expect(r.status).toBe(200);
      expect(r.json.errors).toBeUndefined();
    }
    const before = await sqlStatements(p);
    const refused = await lookup(client);
    expect(refused.status).toBe(429);
    expect(await sqlStatements(p)).toBe(before);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(refused.json.errors).toEqual([
      { message: `亮证查询过于频繁（每 600 秒最多 ${RATE_MAX} 次），请在 ${retryAfter} 秒后重试`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } },
    ]);
    // another client still has its allowance
    expect((await lookup('203.0.113.8')).status).toBe(200);
    // staff who are signed in are not counted, even from the same address
    const login = await ok(p.gatewayUrl, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'certadmin', p: DEMO_PASSWORD });
    const staff = await lookup(client, 1, login.login.token as string);
    expect(staff.status).toBe(200);
    expect(staff.json.errors).toBeUndefined();
    // queries that are not public lookups are not counted
    expect((await query(p.gatewayUrl, '{ me { username } }', {}, { 'x-forwarded-for': client })).status).toBe(200);
  });

  it('each alias counts as one lookup', async () => {
    const client = '203.0.113.9';
    expect((await lookup(client, 3)).status).toBe(200);
    expect((await lookup(client, 3)).status).toBe(429);
    expect((await lookup(client, 2)).status).toBe(200);
  });
});

describe('GraphQL over HTTP (graphql-http server audit)', () => {
  it('the gateway fails no MUST audit', async () => {
    const results = await auditServer({ url: p.gatewayUrl, fetchFn: fetch });
    const errors = results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    const warnings = results.filter((r) => r.status === 'warn').map((r) => `${r.id} ${r.name}`);
    if (warnings.length) process.stdout.write(`graphql-http audit warnings (recommendations, not requirements):\n  ${warnings.join('\n  ')}\n`);
    expect(results.length).toBeGreaterThan(30);
    expect(errors).toEqual([]);
  });
});
