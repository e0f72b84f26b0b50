/**
 * Who reads a case and who may act on it — one place, used by every command and field of cases.
 *
 * Reading: staff of the case's agency subtree — its own node and the nodes above it (a prefecture's supervisor
 * reads the counties' cases) — in cases' projection of personnel's tree; the tree-wide administrators anywhere;
 * anonymous callers and staff attached to no agency nothing (published decisions are a separate, public type).
 *
 * Acting: a step of a case is taken by one of its current handlers (an OFFICER whose account is linked to his
 * officer record), who must be entitled at that instant — a certificate valid for the case's field and region,
 * asked of personnel live (003 第4条, 004 第十一条; DESIGN "Cases"), failing closed.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, hasRole, inProjectedSubtree, lockForEdit, notFound, projectedSubtreeContains, requireRole, checkId, type Identity } from '@jiandu/kit';
import { LockMode } from '@mikro-orm/core';
import { SCHEMA } from '../orm.js';
import type { CasesContext } from '../context.js';
import { CaseHandler, EnforcementCase } from './case.entity.js';

export const CASE_LOG = 'EnforcementCase';

export async function mayReadCasesOf(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  if (identity.anonymous) return false;
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return true;
  if (!identity.agencyId) return false;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}

/** The same as a list condition on the case's `agency_id`; null when the caller reads no case. */
export function readableCasesWhere(identity: Identity): FilterQuery<EnforcementCase> | null {
  if (identity.anonymous) return null;
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return {};
  if (!identity.agencyId) return null;
  return inProjectedSubtree(SCHEMA, 'agency_id', identity) as FilterQuery<EnforcementCase>;
}

/** A case the caller may read; NOT_FOUND when it does not exist or he may not read it (the two look alike). */
export async function readableCase(em: EntityManager, identity: Identity, id: string): Promise<EnforcementCase> {
  requireRole(identity);
  checkId(id, '案件');
  const c = await em.findOne(EnforcementCase, { id });
  if (!c || !(await mayReadCasesOf(em, identity, c.agencyId))) throw notFound('案件', id);
  return c;
}

/** Who keeps a case's handlers besides its lead: the agency administrators of its subtree. */
export async function mayManageCasesOf(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  if (!hasRole(identity, 'AGENCY_ADMIN') || !identity.agencyId) return false;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}

/** The current handlers of a case (not released). */
export function currentHandlers(tx: EntityManager, caseId: string): Promise<CaseHandler[]> {
  return tx.find(CaseHandler, { caseId, releasedAt: null }, { orderBy: [{ lead: 'desc' }, { assignedAt: 'asc' }, { id: 'asc' }] });
}

/**
 * The caller as the acting handler of case `c`: an OFFICER among its current handlers, entitled now for the
 * case's field and region (asked of personnel; DEPENDENCY_UNAVAILABLE when it cannot answer).
 */
export async function requireActingHandler(tx: EntityManager, ctx: CasesContext, c: EnforcementCase): Promise<CaseHandler> {
  const { identity } = ctx;
  requireRole(identity, 'OFFICER');
  const handlers = await currentHandlers(tx, c.id);
  const handler = identity.officerId ? handlers.find((h) => h.officerId === identity.officerId) : undefined;
  if (!handler) throw new DomainError(ErrorCode.FORBIDDEN, '只有本案的承办人可以办理本案的执法步骤', { caseId: c.id });
  await ctx.loaders.entitlements.require(c.agencyId, c.field, [handler.officerId], ctx.clock.now());
  return handler;
}

/**
 * Locks a case at the version the caller saw, for a step that changes it: the caller must be able to read it,
 * be one of its current handlers and be entitled now.
 */
export async function lockForStep(tx: EntityManager, ctx: CasesContext, id: string, version: number): Promise<{ c: EnforcementCase; handler: CaseHandler }> {
  requireRole(ctx.identity, 'OFFICER');
  const c = await lockForEdit(tx, EnforcementCase, id, version, {
    what: '案件',
    label: (x) => x.number,
    logAs: CASE_LOG,
    visible: (x) => mayReadCasesOf(tx, ctx.identity, x.agencyId),
  });
  return { c, handler: await requireActingHandler(tx, ctx, c) };
}

/**
 * Locks a case row for an append that does not change the case (a record entry): concurrent appends to one case
 * serialize on the row; no version is asked because nothing the caller saw is overwritten.
 */
export async function lockCaseForRecord(tx: EntityManager, ctx: CasesContext, id: string): Promise<{ c: EnforcementCase; handler: CaseHandler }> {
  requireRole(ctx.identity, 'OFFICER');
  checkId(id, '案件');
  const c = await tx.findOne(EnforcementCase, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!c || !(await mayReadCasesOf(tx, ctx.identity, c.agencyId))) throw notFound('案件', id);
  return { c, handler: await requireActingHandler(tx, ctx, c) };
}
