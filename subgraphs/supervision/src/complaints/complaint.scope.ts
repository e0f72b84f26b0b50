import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { hasRole, inProjectedSubtree, projectedSubtreeContains, type Identity } from '@jiandu/kit';
import type { Complaint } from './complaint.entity.js';
import { SCHEMA } from '../orm.js';

/**
 * Which complaints a caller sees (DESIGN "Who uses it": a supervisor or administrator at a node sees that
 * node and everything below it): tree-wide administrators all; a supervisor or agency administrator those
 * against an agency of his subtree — in supervision's agency projection, the current tree as personnel's
 * events tell it (DESIGN "Scope"), so a moved agency is scoped right without a new login; a supervisor
 * attached to no agency (the justice bureau's own) all; nobody else any.
 */
export function complaintVisibility(identity: Identity): FilterQuery<Complaint> | null {
  if (identity.anonymous) return null;
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return {};
  if (hasRole(identity, 'SUPERVISOR', 'AGENCY_ADMIN')) {
    if (identity.agencyId) return inProjectedSubtree(SCHEMA, 'agency_id', identity) as FilterQuery<Complaint>;
    return hasRole(identity, 'SUPERVISOR') ? {} : null;
  }
  return null;
}

/** A supervisor registers complaints about the agencies he supervises (his subtree), or any when attached to none. */
export async function mayTakeComplaintAbout(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  if (!identity.agencyId) return true;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}
