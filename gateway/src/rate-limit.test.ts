import { describe, expect, it } from '@jest/globals';
import { parse, Kind, type OperationDefinitionNode } from 'graphql';
import { PUBLIC_LOOKUPS, publicLookups, rateLimitedError, WindowLimiter } from './rate-limit.js';

const lookups = (q: string, name?: string, variables: Record<string, unknown> = {}) => {
  const doc = parse(q);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!name || d.name?.value === name))!;
  return publicLookups(doc, op, PUBLIC_LOOKUPS, variables);
};

describe('public lookup rate limit', () => {
  it('allows max units per window per client, then says when to come back', () => {
    let t = 0;
    const l = new WindowLimiter(3, 60_000, () => t);
    expect(l.take('a')).toEqual({ allowed: true, remaining: 2 });
    expect(l.take('a', 2)).toEqual({ allowed: true, remaining: 0 });
    t = 15_500;
    expect(l.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(l.take('b')).toEqual({ allowed: true, remaining: 2 }); // another client has its own allowance
    t = 60_000;
    expect(l.take('a')).toEqual({ allowed: true, remaining: 2 }); // a new window
  });

  it('a request of more units than the whole allowance is refused, not clamped (16 aliased lookups are 16)', () => {
    const l = new WindowLimiter(5, 1000, () => 0);
    expect(l.take('a', 16).allowed).toBe(false);
    expect(l.take('a', 5)).toEqual({ allowed: true, remaining: 0 }); // the refused request took nothing
    expect(l.take('a').allowed).toBe(false);
  });

  it('forgets clients whose window has ended', () => {
    let t = 0;
    const l = new WindowLimiter(1, 1000, () => t);
    for (let i = 0; i < 100; i++) l.take(`client-${i}`);
    expect(l.size).toBe(100);
    t = 1000;
    l.take('x');
    expect(l.size).toBe(1);
  });

  it('counts each public lookup at the root of a query, aliases and fragments included', () => {
    expect(lookups('{ publicCertificate(number: "1") { name } }')).toBe(1);
    expect(lookups('{ a: publicCertificate(number: "1") { name } b: publicCertificate(number: "2") { name } publicCertificatesByHolder(name: "x", agencyName: "y") { name } }')).toBe(3);
    expect(lookups('{ ...F ... on Query { publicCertificate(number: "2") { name } } } fragment F on Query { publicCertificate(number: "1") { name } }')).toBe(2);
    expect(lookups('{ me { id } matters { total } }')).toBe(0);
    expect(lookups('mutation { login(username: "a", password: "b") { token } }')).toBe(0);
    expect(lookups('query A { me { id } } query B { publicCertificate(number: "1") { name } }', 'A')).toBe(0);
  });

  it('003 第4条 亮证: an entitlement check counts one lookup per officer asked, so a batch does not get round the limit', () => {
    const q = 'query($o: [ID!]!) { enforcementEntitlements(agencyId: "a", officerIds: $o) { entitled } }';
    expect(lookups(q, undefined, { o: ['1', '2', '3'] })).toBe(3);
    expect(lookups(q, undefined, { o: [] })).toBe(1);
    expect(lookups('{ enforcementEntitlements(agencyId: "a", officerIds: ["1", "2"]) { entitled } publicCertificate(number: "1") { name } }')).toBe(3);
    expect(lookups('{ enforcementEntitlements(agencyId: "a", officerIds: "1") { entitled } }')).toBe(1);
  });

  it('the refusal is RATE_LIMITED with HTTP 429, Retry-After and a Chinese message saying when to retry', () => {
    const e = rateLimitedError(42, 30, 60);
    expect(e.message).toBe('亮证查询过于频繁（每 60 秒最多 30 次），请在 42 秒后重试');
    expect(e.extensions.code).toBe('RATE_LIMITED');
    expect(e.extensions.retryAfterSeconds).toBe(42);
    const http = e.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(http.headers.get('retry-after')).toBe('42');
  });
});
