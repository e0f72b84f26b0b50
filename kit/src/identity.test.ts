import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ensureDevKeys, requireRole, TokenIssuer, TokenVerifier, ANONYMOUS } from './identity.js';
import { parseEnv } from './env.js';
import { stableId, isUuid } from './ids.js';

async function keys() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-keys-'));
  const jwt = { ...parseEnv({}).jwt, privateKeyFile: path.join(dir, 'k', 'private.pem'), publicKeyFile: path.join(dir, 'k', 'public.pem') };
  expect(await ensureDevKeys(jwt.privateKeyFile, jwt.publicKeyFile)).toBe(true);
  expect(await ensureDevKeys(jwt.privateKeyFile, jwt.publicKeyFile)).toBe(false); // generated once, at first start
  return jwt;
}

describe('identity: asymmetric tokens verified by every service', () => {
  it('a signed token identifies its user until it expires', async () => {
    const jwt = await keys();
    const now = new Date('2026-11-24T02:00:00Z');
    const { token, expiresAt } = await (await TokenIssuer.create(jwt)).sign({ sub: 'u1', username: 'certadmin', name: '证件管理员', roles: ['CERT_ADMIN'], agencyId: null, officerId: null }, now);
    expect(expiresAt.getTime() - now.getTime()).toBe(jwt.ttlSeconds * 1000);
    const fresh = await TokenVerifier.create(jwt, () => now);
    const { identity } = await fresh.identify(`Bearer ${token}`);
    expect(identity).toMatchObject({ anonymous: false, userId: 'u1', roles: ['CERT_ADMIN'] });
    const later = await TokenVerifier.create(jwt, () => new Date(expiresAt.getTime() + 1000));
    expect((await later.identify(`Bearer ${token}`)).identity).toBe(ANONYMOUS);
  });

  it('a token signed by another key, a tampered one or garbage proves nothing', async () => {
    const a = await keys();
    const b = await keys();
    const { token } = await (await TokenIssuer.create(b)).sign({ sub: 'u', username: 'x', name: 'x', roles: ['SYSTEM_ADMIN'], agencyId: null, officerId: null }, new Date());
    const v = await TokenVerifier.create(a);
    expect((await v.identify(`Bearer ${token}`)).identity.anonymous).toBe(true);
    expect((await v.identify('Bearer not.a.token')).identity.anonymous).toBe(true);
    expect((await v.identify('Basic abc')).tokenProblem).toBe('malformed authorization header');
    expect((await v.identify(undefined)).tokenProblem).toBeNull();
  });

  it('requireRole: anonymous → UNAUTHENTICATED, wrong role → FORBIDDEN', () => {
    expect(() => requireRole(ANONYMOUS, 'CERT_ADMIN')).toThrow('请先登录');
    expect(() => requireRole({ ...ANONYMOUS, anonymous: false, roles: ['OFFICER'] }, 'CERT_ADMIN')).toThrow(/没有执行此操作的权限/);
  });

  it('stable ids: every subgraph derives the same uuid for the same seeded agency', () => {
    expect(stableId('agency', '新疆维吾尔自治区机关事务管理局')).toBe(stableId('agency', '新疆维吾尔自治区机关事务管理局'));
    expect(isUuid(stableId('agency', 'x'))).toBe(true);
    expect(stableId('agency', 'x')).not.toBe(stableId('officer', 'x'));
  });
});
