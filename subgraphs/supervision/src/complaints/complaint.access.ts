/**
 * Who reads a complainant in full (DESIGN "Supervision and complaints": contact details protected): the
 * supervisors of the complained-of agency's subtree — the people who handle the complaint (004 第八条) and
 * must reach the complainant. Everyone else who may read the complaint sees the name, phone, address and e-mail
 * masked: above all the complained-of agency's administrators, who must never learn who complained, but also the
 * tree-wide administrators (they keep certificates and users, not complaints). The same people alone learn
 * whether a complainant complained before: linking two complaints is itself about who complained.
 */
import DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { AgencyProjection, hasRole, inProjectedSubtree, type Identity } from '@jiandu/kit';
import { SCHEMA } from '../orm.js';
import type { Complaint } from './complaint.entity.js';

/** The complaints whose complainant the caller reads in full, as a list condition; null when none. */
export function complainantReadersWhere(identity: Identity): FilterQuery<Complaint> | null {
  if (identity.anonymous || !hasRole(identity, 'SUPERVISOR') || !identity.agencyId) return null;
  return inProjectedSubtree(SCHEMA, 'agency_id', identity) as FilterQuery<Complaint>;
}

/**
 * Batched per request: whether the caller supervises each agency (a SUPERVISOR of its subtree, `maySupervise`) —
 * one query for all the complaints of a page.
 */
export function supervisedAgencies(em: EntityManager, identity: Identity): DataLoader<string, boolean> {
  const where = hasRole(identity, 'SUPERVISOR') && identity.agencyId ? inProjectedSubtree(SCHEMA, 'id', identity) : null;
  return new DataLoader<string, boolean>(async (ids) => {
    if (!where) return ids.map(() => false);
    const rows = await em.find(AgencyProjection, { $and: [{ id: { $in: [...ids] } }, where as FilterQuery<AgencyProjection>] }, { fields: ['id'] });
    const found = new Set(rows.map((r) => r.id));
    // the caller's own agency is always his subtree's root, even before the projection has heard of it
    return ids.map((id) => found.has(id) || id === identity.agencyId);
  });
}
