/**
 * The signed-in session, kept in localStorage so that a reload or a second tab stays signed in.
 * Only the authProvider writes it; the GraphQL client reads the token from it.
 *
 * The console does not judge the token's expiry itself: the browser's clock is not the server's (a wrong
 * PC clock, a platform on a pinned clock), so comparing `expiresAt` with `Date.now()` would sign a clerk
 * out of a valid session, or keep showing pages for an expired one. The gateway is the judge: a token it
 * no longer accepts comes back as UNAUTHENTICATED and authProvider.checkError signs out.
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
  /** ISO instant after which the gateway refuses the token (informative only, see above). */
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
    // No check of expiresAt against the browser's clock: the platform runs on its own clock, and the
    // server's UNAUTHENTICATED verdict signs out (authProvider.checkError).
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
