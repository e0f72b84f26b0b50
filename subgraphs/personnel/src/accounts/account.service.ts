import bcrypt from 'bcryptjs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, type Clock, type TokenIssuer } from '@jiandu/kit';
import { UserAccount } from './account.entity.js';
import { Agency } from '../agencies/agency.entity.js';
import type { CurrentUser, LoginResult } from './account.types.js';

export const toCurrentUser = (a: UserAccount): CurrentUser => ({
  id: a.id,
  username: a.username,
  displayName: a.displayName,
  roles: a.roles,
  agencyId: a.agencyId,
  officerId: a.officerId,
});

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, 10);

/** Checks a username and password and signs a token. The same message for unknown user and wrong password. */
export async function login(em: EntityManager, issuer: TokenIssuer, clock: Clock, username: string, password: string): Promise<LoginResult> {
  const refused = () => new DomainError(ErrorCode.INVALID_CREDENTIALS, '用户名或密码错误');
  if (!username.trim() || !password) throw refused();
  const account = await em.findOne(UserAccount, { username: username.trim() });
  // Compare against a dummy hash when the user is unknown, so timing does not reveal which usernames exist.
  const ok = await bcrypt.compare(password, account?.passwordHash ?? '$2b$10$C6UzMDM.H6dfI/f/IKcEeO7vUeNFfV9r1FmjeSgvv1V7Cv7Q0lE2.');
  if (!account || !ok || !account.active) throw refused();
  const now = clock.now();
  account.lastLoginAt = now;
  await em.flush();
  // The token names the agency and its path — bounded whatever the tree's size (DESIGN "Scope"); every
  // subgraph scopes by the current tree looked up by agencyId, so the path is informational.
  const agencyPath = account.agencyId ? ((await em.findOne(Agency, { id: account.agencyId }, { fields: ['path'] }))?.path ?? null) : null;
  const { token, expiresAt } = await issuer.sign(
    { sub: account.id, username: account.username, name: account.displayName, roles: account.roles, agencyId: account.agencyId, agencyPath, officerId: account.officerId },
    now,
  );
  return { token, expiresAt, user: toCurrentUser(account) };
}
