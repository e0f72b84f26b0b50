import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ensureDevKeys, TokenIssuer, TokenVerifier } from './identity.js';
import { parseEnv } from './env.js';
import { pathWithin, subtreeLike } from './scope.js';

const ID = '11111111-1111-4111-8111-111111111111';

describe('scope by agency (DESIGN "Scope", "Who uses it")', () => {
  it('004 第五条 tree: a path lies in a subtree when it passes through the root; like-patterns escape wildcards', () => {
    expect(pathWithin(`/r/${ID}/c/`, ID)).toBe(true);
    expect(pathWithin(`/r/c/`, ID)).toBe(false);
    expect(subtreeLike('/a_b/%/')).toBe('/a\\_b/\\%/%');
  });

  it('DESIGN "Scope": the token carries the agency path (bounded), not the subtree; it round-trips through verification', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-keys-'));
    const jwt = { ...parseEnv({}).jwt, privateKeyFile: path.join(dir, 'private.pem'), publicKeyFile: path.join(dir, 'public.pem') };
    await ensureDevKeys(jwt.privateKeyFile, jwt.publicKeyFile);
    const now = new Date('2026-11-24T02:00:00Z');
    const agencyPath = `/${'a'.repeat(36)}/${'b'.repeat(36)}/${'c'.repeat(36)}/${ID}/`;
    const { token } = await (await TokenIssuer.create(jwt)).sign({ sub: 'u', username: 's', name: '监督', roles: ['SUPERVISOR'], agencyId: ID, agencyPath, officerId: null }, now);
    expect(token.length).toBeLessThan(1024);
    const { identity } = await (await TokenVerifier.create(jwt, () => now)).identify(`Bearer ${token}`);
    expect(identity).toMatchObject({ agencyId: ID, agencyPath });
    expect(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).scope).toBeUndefined();
  });
});
