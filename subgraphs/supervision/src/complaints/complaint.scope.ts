import type { FilterQuery } from '@mikro-orm/postgresql';
import { hasRole, type Identity } from '@jiandu/kit';
import type { Complaint } from './complaint.entity.js';

/**
 * Which complaints a caller sees (DESIGN "Who uses it": a supervisor or administrator at a node sees that
 * node and everything below it): tree-wide administrators all; a supervisor or agency administrator those
 * against an agency of his subtree (the scope signed into his token by personnel, which owns the tree); a
 * supervisor attached to no agency (the justice bureau's own) all; nobody else any.
 */
export function complaintVisibility(identity: Identity): FilterQuery<Complaint> | null {
  if (identity.anonymous) return null;
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return {};
  if (hasRole(identity, 'SUPERVISOR', 'AGENCY_ADMIN')) {
    if (identity.agencyScope) return { agencyId: { $in: identity.agencyScope } };
    if (identity.agencyId) return { agencyId: identity.agencyId };
    return hasRole(identity, 'SUPERVISOR') ? {} : null;
  }
  return null;
}

/** A supervisor registers complaints about the agencies he supervises (his subtree), or any when attached to none. */
export function mayTakeComplaintAbout(identity: Identity, agencyId: string): boolean {
  if (identity.agencyScope) return identity.agencyScope.includes(agencyId);
  if (identity.agencyId) return identity.agencyId === agencyId;
  return true;
}
