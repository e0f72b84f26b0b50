import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { AgencyProjection, hasRole, inProjectedSubtree, projectedSubtreeContains, type Identity } from '@jiandu/kit';
import { SCHEMA } from '../orm.js';

/**
 * Who keeps an agency's 执法事项清单 and 重大执法决定法制审核目录 (DESIGN "Who uses it"): certificate and
 * system administrators anywhere; an agency administrator for his node and below — in cases' agency
 * projection, the current tree as personnel's events tell it; nobody else.
 */
export async function mayKeepMattersOf(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return true;
  if (!hasRole(identity, 'AGENCY_ADMIN') || !identity.agencyId) return false;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}

/**
 * Who reads an agency's catalogue and a matter's change log: staff of the agency's subtree (its node and
 * above within the caller's subtree), the tree-wide administrators anywhere; staff attached to no agency none.
 */
export async function mayReadRecordsOf(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  if (identity.anonymous) return false;
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return true;
  if (!identity.agencyId) return false;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}

/** As a list condition on an `agency_id` column: the catalogue entries the caller may read. */
export function readableRecordsWhere<T>(identity: Identity): FilterQuery<T> | null {
  if (identity.anonymous) return null;
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return {} as FilterQuery<T>;
  if (!identity.agencyId) return null;
  return inProjectedSubtree(SCHEMA, 'agency_id', identity) as FilterQuery<T>;
}

/** The agency as cases' projection knows it (null while personnel's event has not arrived, or never will). */
export function projectedAgency(em: EntityManager, agencyId: string): Promise<AgencyProjection | null> {
  return em.findOne(AgencyProjection, { id: agencyId });
}
