import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { hasRole, inProjectedSubtree, projectedSubtreeContains, type Identity } from '@jiandu/kit';
import type { Complaint } from './complaint.entity.js';
import { SCHEMA } from '../orm.js';

/**
 * Which complaints a caller sees (DESIGN "Who uses it": a supervisor or administrator at a node sees that
 * node and everything below it): tree-wide administrators all; a supervisor or agency administrator those
 * against an agency of his subtree — in supervision's agency projection, the current tree as personnel's
 * events tell it (DESIGN "Scope"), so a moved agency is scoped right without a new login; nobody else any.
 * Staff attached to no agency see none — the same rule as personnel's (access.rules.ts), so that a complaint
 * listed here never names an agency personnel refuses to show (the bureau's own supervisors are attached to the
 * bureau's node, whose subtree is everything below it).
 */
export function complaintVisibility(identity: Identity): FilterQuery<Complaint> | null {
  if (identity.anonymous) return null;
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return {};
  if (hasRole(identity, 'SUPERVISOR', 'AGENCY_ADMIN')) {
    if (identity.agencyId) return inProjectedSubtree(SCHEMA, 'agency_id', identity) as FilterQuery<Complaint>;
    return null;
  }
  return null;
}

/** A supervisor registers complaints about the agencies he supervises (his subtree); tree-wide roles about any. */
export async function mayTakeComplaintAbout(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return true;
  if (!identity.agencyId) return false;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}
