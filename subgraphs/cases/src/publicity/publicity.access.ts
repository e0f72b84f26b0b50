/**
 * Who may do what with the publication and filing of a case's decision (谁执法谁公示, 002 （二）1): read — the
 * readers of the case (case.access.ts); publish, preview and record a filing — the case's current handlers and the
 * agency administrators of its subtree; withdraw — they and the supervisors of its subtree (a 监督决定书 is theirs).
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { hasRole, projectedSubtreeContains, type Identity } from '@jiandu/kit';
import { CaseHandler, type EnforcementCase } from '../cases/case.entity.js';
import { readableCasesWhere } from '../cases/case.access.js';
import { SCHEMA } from '../orm.js';
import { PublicationStatus } from './publicity.entity.js';

/** A current handler of the case (an officer named on it and not released). */
export async function isCurrentHandler(em: EntityManager, identity: Identity, caseId: string): Promise<boolean> {
  if (!hasRole(identity, 'OFFICER') || !identity.officerId) return false;
  return (await em.count(CaseHandler, { caseId, officerId: identity.officerId, releasedAt: null })) > 0;
}

async function adminOf(em: EntityManager, identity: Identity, agencyId: string, ...roles: ('AGENCY_ADMIN' | 'SUPERVISOR')[]): Promise<boolean> {
  if (!identity.agencyId || !hasRole(identity, ...roles)) return false;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}

/**
 * Publish, preview, record a filing: the case's current handlers, or an agency administrator of its subtree.
 * No live certificate check for handlers here: publishing and filing are the agency's acts about a decision
 * already made, not enforcement steps towards the party (the steps themselves check entitlement).
 */
export async function mayWorkPublicityOf(em: EntityManager, identity: Identity, c: Pick<EnforcementCase, 'id' | 'agencyId'>): Promise<boolean> {
  return (await isCurrentHandler(em, identity, c.id)) || adminOf(em, identity, c.agencyId, 'AGENCY_ADMIN');
}

/** Withdraw (002 （二）3 事后公开（三）): as above, and the supervisors of the case's agency subtree. */
export async function mayWithdrawOf(em: EntityManager, identity: Identity, c: Pick<EnforcementCase, 'id' | 'agencyId'>): Promise<boolean> {
  // Not the handlers: a publication is withdrawn because the decision was revoked or found illegal (002 事后公开
  // （三）), which is for the agency's administrators and the supervisors of its subtree to act on, not for those
  // who made the decision.
  return adminOf(em, identity, c.agencyId, 'AGENCY_ADMIN', 'SUPERVISOR');
}

/**
 * The publications or filings of the cases the caller may read, as a list condition (null: none). The rows carry
 * their case's agency (`agency_id`), and the readers of a case are decided by its agency (case.access.ts), so the
 * cases' own condition applies to them as it is.
 */
export function readablePublicityWhere<T>(identity: Identity): FilterQuery<T> | null {
  return readableCasesWhere(identity) as FilterQuery<T> | null;
}

/** The list condition of a due state on `today` (kit's `dueStateConditions`). */
export { dueStateConditions } from '@jiandu/kit';

/**
 * What "done" and "not yet done" mean for a publication (published or withdrawn = done, 002 （二）3) and a filing
 * (filed, 004 第十九条): the conditions `dueStateConditions` takes, one definition for every list that filters by them.
 */
export const PUBLICATION_DONE = Object.freeze({ done: { status: { $ne: PublicationStatus.PENDING } }, pending: { status: PublicationStatus.PENDING } });
export const FILING_DONE = Object.freeze({ done: { filedOn: { $ne: null } }, pending: { filedOn: null } });
