/**
 * Who reads and who acts on supervision's records — one place for every type of supervision (complaints,
 * notices, decisions, sanctions, reviews, inspections, referrals), used by root fields, contributed fields and
 * reference resolvers alike (DESIGN "Who uses it": a supervisor or administrator at a node sees that node and
 * everything below it, nothing beside or above it).
 *
 * Reading a record about an agency: the tree-wide administrators (certificate and system) anywhere; supervisors
 * and agency administrators of that agency's subtree — in supervision's agency projection, the current tree as
 * personnel's events tell it (DESIGN "Scope"), so a moved agency is scoped right without a new login; nobody
 * else. Staff attached to no agency see none (as in personnel: the bureau's own supervisors are attached to the
 * bureau's node, whose subtree is everything below it).
 *
 * Acting: supervisors issue and keep supervision records about the agencies of their subtree (004 第二十三条:
 * 行政执法监督机关发现被监督机关有下列情形之一的…); the supervised body — an agency administrator of that agency's
 * subtree — answers what is addressed to it (整改报告, 复查申请, 004 第二十四条).
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, hasRole, inProjectedSubtree, projectedSubtreeContains, type Identity } from '@jiandu/kit';
import { SCHEMA } from '../orm.js';

/** The list condition on a record's agency column (`agency_id` by default); null when the caller reads none. */
export function supervisionVisibility<T>(identity: Identity, column = 'agency_id'): FilterQuery<T> | null {
  if (identity.anonymous) return null;
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return {};
  if (hasRole(identity, 'SUPERVISOR', 'AGENCY_ADMIN')) {
    if (identity.agencyId) return inProjectedSubtree(SCHEMA, column, identity) as FilterQuery<T>;
    return null;
  }
  return null;
}

/** Whether the caller may read supervision records about `agencyId` (the same rule as a single decision). */
export async function mayReadSupervisionOf(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  if (identity.anonymous) return false;
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return true;
  if (!hasRole(identity, 'SUPERVISOR', 'AGENCY_ADMIN') || !identity.agencyId) return false;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}

/** A supervisor acts on the agencies of his subtree (his own node included); nobody else issues supervision records. */
export async function maySupervise(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  if (!hasRole(identity, 'SUPERVISOR') || !identity.agencyId) return false;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}

/** Throws FORBIDDEN unless the caller supervises `agencyId` (see `maySupervise`); `what` names the act. */
export async function requireSupervisorOf(em: EntityManager, identity: Identity, agencyId: string, what: string): Promise<void> {
  if (!(await maySupervise(em, identity, agencyId))) {
    throw new DomainError(ErrorCode.FORBIDDEN, `只有本单位及上级执法主体的执法监督人员可以${what}`, { field: 'agencyId' });
  }
}

/** The supervised body answers for itself: an agency administrator of the agency's subtree (004 第二十四条). */
export async function mayAnswerFor(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  if (!hasRole(identity, 'AGENCY_ADMIN') || !identity.agencyId) return false;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}
