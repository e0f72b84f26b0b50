import { usePermissions } from 'react-admin';
import type { Role } from '../gql/graphql';

/**
 * Whether the signed-in user has one of these roles. Only to decide what the console offers: the server
 * checks every command again and refuses what the role may not do.
 */
export function useHasRole(...roles: Role[]): boolean {
  const { permissions } = usePermissions<Role[]>();
  return Array.isArray(permissions) && permissions.some((r) => roles.includes(r));
}

/** Who keeps agency and officer records (create, edit, 人员变动, training, exams, import). */
export const RECORD_KEEPERS: Role[] = ['AGENCY_ADMIN', 'CERT_ADMIN', 'SYSTEM_ADMIN'];
