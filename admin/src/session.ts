/**
 * The signed-in session, kept in localStorage so that a reload or a second tab stays signed in.
 * Only the authProvider writes it; the GraphQL client reads the token from it.
 */
import type { Role } from './gql/graphql';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  agencyId?: string | null;
  officerId?: string | null;
}

export interface Session {
  token: string;
  /** ISO instant after which the gateway refuses the token. */
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'jiandu.session';

export function getSession(): Session | null {
  const raw = localStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (!session.token || !session.user) return null;
    // Not compared with the browser's clock, which may differ from the server's: the gateway refuses an
    // expired token (UNAUTHENTICATED) and authProvider.checkError then signs the user out.
    return session;
  } catch {
    return null;
  }
}

export function setSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}
