/**
 * Sign-in through the gateway's `login` mutation. The token and the user are kept in localStorage
 * (see session.ts) and sent as `Authorization: Bearer` by the GraphQL client. A token the gateway
 * no longer accepts (expired, forged, key rotated) comes back as UNAUTHENTICATED: the console then
 * forgets it and returns to the login page.
 */
import type { AuthProvider } from 'react-admin';
import { graphql } from './gql';
import { errorCode, request } from './dataProvider/client';
import { clearSession, getSession, setSession } from './session';

const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        id
        username
        displayName
        roles
        agencyId
        officerId
      }
    }
  }
`);

export const authProvider: AuthProvider = {
  async login(params: { username?: string; password?: string }) {
    const { login } = await request(
      LoginMutation,
      { username: (params.username ?? '').trim(), password: params.password ?? '' },
      { authenticated: false },
    );
    setSession({ token: login.token, expiresAt: login.expiresAt, user: login.user });
  },

  async logout() {
    clearSession();
  },

  async checkAuth() {
    if (!getSession()) {
      clearSession();
      // No session (a first visit, or after signing out): the login page says it all, no red
      // "请登录后继续" toast before the user did anything (ra-core skips the notification on message: false).
      // A session the gateway stops accepting is signed out by checkError, with its own message.
      throw { message: false };
    }
  },

  async checkError(error: unknown) {
    if (errorCode(error) === 'UNAUTHENTICATED') {
      clearSession();
      throw new Error('ra.notification.logged_out');
    }
    // FORBIDDEN and the rest stay signed in: the notification shows the server's message.
  },

  async getIdentity() {
    const session = getSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    return { id: session.user.id, fullName: session.user.displayName };
  },

  async getPermissions() {
    return getSession()?.user.roles ?? [];
  },
};
