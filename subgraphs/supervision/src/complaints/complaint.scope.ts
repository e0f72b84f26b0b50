import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { hasRole, projectedSubtreeContains, type Identity } from '@jiandu/kit';
import type { Complaint } from './complaint.entity.js';
import { SCHEMA } from '../orm.js';
import { supervisionVisibility } from '../access/supervision.access.js';

/**
 * Which complaints a caller sees: supervision's one read rule (access/supervision.access.ts) on the agency
 * complained of — tree-wide administrators all; supervisors and agency administrators those against an agency
 * of their subtree; nobody else any.
 */
export function complaintVisibility(identity: Identity): FilterQuery<Complaint> | null {
  return supervisionVisibility<Complaint>(identity);
}

/** A supervisor registers complaints about the agencies he supervises (his subtree); tree-wide roles about any. */
export async function mayTakeComplaintAbout(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return true;
  if (!identity.agencyId) return false;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}
