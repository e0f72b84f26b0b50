/**
 * Who is calling. Tokens are JWTs signed with an asymmetric key (ES256): `login` on personnel signs
 * them with the private key; the gateway and every subgraph verify them with the public key (or the
 * organisation's JWKS). A missing, forged or expired token means anonymous access — never an error
 * that leaks why (DESIGN "Architecture").
 */
import fs from 'node:fs';
import path from 'node:path';
import * as jose from 'jose';
import type { Env } from './env.js';
import { DomainError, ErrorCode } from './errors.js';

/** DESIGN "Who uses it". */
export const ROLES = ['CERT_ADMIN', 'AGENCY_ADMIN', 'OFFICER', 'LEGAL_REVIEWER', 'SUPERVISOR', 'SYSTEM_ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  anonymous: boolean;
  userId: string | null;
  username: string | null;
  displayName: string | null;
  roles: Role[];
  /** The agency the user belongs to; scoped roles see this node of the tree and below. */
  agencyId: string | null;
  /**
   * The materialized path of the user's agency when he logged in (`/root/…/self/`, as personnel's
   * `agency.path`): bounded whatever the tree's size (DESIGN "Scope"), never the list of the subtree's ids.
   * Informational: scope decisions look the agency up in the current tree (kit/src/scope.ts), so a move
   * takes effect without a new login.
   */
  agencyPath: string | null;
  /** The officer record of the user, when the user is an enforcement officer. */
  officerId: string | null;
}

export const ANONYMOUS: Identity = Object.freeze({
  anonymous: true,
  userId: null,
  username: null,
  displayName: null,
  roles: [],
  agencyId: null,
  agencyPath: null,
  officerId: null,
}) as Identity;

export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  return identity.roles.some((r) => roles.includes(r));
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for callers lacking every listed role. */
export function requireRole(identity: Identity, ...roles: Role[]): void {
  if (identity.anonymous) throw new DomainError(ErrorCode.UNAUTHENTICATED, '请先登录');
  if (roles.length && !hasRole(identity, ...roles)) {
    throw new DomainError(ErrorCode.FORBIDDEN, `您没有执行此操作的权限（需要角色：${roles.join('、')}）`);
  }
}

export function requireLogin(identity: Identity): void {
  requireRole(identity);
}

const ALG = 'ES256';

/** Development keys: generated once, at first start, into the data folder (never committed). */
export async function ensureDevKeys(privateKeyFile: string, publicKeyFile: string): Promise<boolean> {
  if (fs.existsSync(privateKeyFile) && fs.existsSync(publicKeyFile)) return false;
  const { privateKey, publicKey } = await jose.generateKeyPair(ALG, { extractable: true });
  fs.mkdirSync(path.dirname(privateKeyFile), { recursive: true });
  fs.mkdirSync(path.dirname(publicKeyFile), { recursive: true });
  fs.writeFileSync(privateKeyFile, await jose.exportPKCS8(privateKey), { mode: 0o600 });
  fs.writeFileSync(publicKeyFile, await jose.exportSPKI(publicKey), { mode: 0o644 });
  return true;
}

export interface TokenClaims {
  sub: string;
  username: string;
  name: string;
  roles: Role[];
  agencyId: string | null;
  agencyPath?: string | null;
  officerId: string | null;
}

export class TokenVerifier {
  private constructor(
    private readonly key: jose.CryptoKey | ReturnType<typeof jose.createRemoteJWKSet>,
    private readonly jwt: Env['jwt'],
    private readonly now: () => Date,
  ) {}

  static async create(jwt: Env['jwt'], now: () => Date = () => new Date()): Promise<TokenVerifier> {
    if (jwt.jwksUrl) return new TokenVerifier(jose.createRemoteJWKSet(new URL(jwt.jwksUrl)), jwt, now);
    const pem = jwt.publicKey ?? fs.readFileSync(jwt.publicKeyFile, 'utf8');
    return new TokenVerifier(await jose.importSPKI(pem, ALG), jwt, now);
  }

  /** The identity a bearer token proves, or ANONYMOUS when it proves nothing. */
  async identify(authorization: string | undefined | null): Promise<{ identity: Identity; tokenProblem: string | null }> {
    if (!authorization) return { identity: ANONYMOUS, tokenProblem: null };
    const m = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!m) return { identity: ANONYMOUS, tokenProblem: 'malformed authorization header' };
    try {
      const { payload } = await jose.jwtVerify(m[1]!, this.key as jose.CryptoKey, {
        issuer: this.jwt.issuer,
        audience: this.jwt.audience,
        algorithms: [ALG],
        currentDate: this.now(),
      });
      const roles = Array.isArray(payload.roles) ? (payload.roles.filter((r) => (ROLES as readonly unknown[]).includes(r)) as Role[]) : [];
      return {
        identity: {
          anonymous: false,
          userId: String(payload.sub),
          username: typeof payload.username === 'string' ? payload.username : null,
          displayName: typeof payload.name === 'string' ? payload.name : null,
          roles,
          agencyId: typeof payload.agencyId === 'string' ? payload.agencyId : null,
          agencyPath: typeof payload.agencyPath === 'string' ? payload.agencyPath : null,
          officerId: typeof payload.officerId === 'string' ? payload.officerId : null,
        },
        tokenProblem: null,
      };
    } catch (e) {
      return { identity: ANONYMOUS, tokenProblem: (e as Error).message };
    }
  }
}

export class TokenIssuer {
  private constructor(
    private readonly key: jose.CryptoKey,
    private readonly jwt: Env['jwt'],
  ) {}

  static async create(jwt: Env['jwt']): Promise<TokenIssuer> {
    const pem = fs.readFileSync(jwt.privateKeyFile, 'utf8');
    return new TokenIssuer(await jose.importPKCS8(pem, ALG), jwt);
  }

  async sign(claims: TokenClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.jwt.ttlSeconds;
    const token = await new jose.SignJWT({
      username: claims.username,
      name: claims.name,
      roles: claims.roles,
      agencyId: claims.agencyId,
      officerId: claims.officerId,
      ...(claims.agencyPath ? { agencyPath: claims.agencyPath } : {}),
    })
      .setProtectedHeader({ alg: ALG })
      .setSubject(claims.sub)
      .setIssuer(this.jwt.issuer)
      .setAudience(this.jwt.audience)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }
}
