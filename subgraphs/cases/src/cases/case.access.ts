/**
 * TEMPORARY stand-in written on the appeals branch (helper "appeals") with the signatures the lead announced
 * (prompts/cases-model.md) so that this branch builds and tests before the lead's case.access.ts lands on
 * main. On merge, take the lead's file (git checkout --theirs); nothing here is meant to survive it.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { checkId, DomainError, ErrorCode, hasRole, inProjectedSubtree, lockForEdit, notFound, projectedSubtreeContains, type Identity } from '@jiandu/kit';
import type { CasesContext } from '../context.js';
import { SCHEMA } from '../orm.js';
import { CaseHandler, EnforcementCase } from './case.entity.js';

export async function mayReadCasesOf(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  if (identity.anonymous) return false;
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return true;
  if (!identity.agencyId) return false;
  return projectedSubtreeContains(em, SCHEMA, identity, agencyId);
}

export function readableCasesWhere(identity: Identity): FilterQuery<EnforcementCase> | null {
  if (identity.anonymous) return null;
  if (hasRole(identity, 'SYSTEM_ADMIN', 'CERT_ADMIN')) return {};
  if (!identity.agencyId) return null;
  return inProjectedSubtree(SCHEMA, 'agency_id', identity) as FilterQuery<EnforcementCase>;
}

export async function readableCase(em: EntityManager, identity: Identity, id: string): Promise<EnforcementCase> {
  checkId(id, '案件');
  const c = await em.findOne(EnforcementCase, { id });
  if (!c || !(await mayReadCasesOf(em, identity, c.agencyId))) throw notFound('案件', id);
  return c;
}

async function currentHandler(tx: EntityManager, ctx: CasesContext, c: EnforcementCase): Promise<CaseHandler> {
  const officerId = ctx.identity.officerId;
  const h = officerId && hasRole(ctx.identity, 'OFFICER') ? await tx.findOne(CaseHandler, { caseId: c.id, officerId, releasedAt: null }) : null;
  if (!h) throw new DomainError(ErrorCode.FORBIDDEN, '只有本案承办人可以办理此事项', { field: 'id' });
  return h;
}

export async function lockForStep(tx: EntityManager, ctx: CasesContext, id: string, version: number): Promise<{ c: EnforcementCase; handler: CaseHandler }> {
  const c = await lockForEdit(tx, EnforcementCase, id, version, { what: '案件', label: (x) => x.number, visible: (x) => mayReadCasesOf(tx, ctx.identity, x.agencyId) });
  return { c, handler: await currentHandler(tx, ctx, c) };
}

export async function lockCaseForRecord(tx: EntityManager, ctx: CasesContext, id: string): Promise<{ c: EnforcementCase; handler: CaseHandler }> {
  checkId(id, '案件');
  const c = await tx.findOne(EnforcementCase, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!c || !(await mayReadCasesOf(tx, ctx.identity, c.agencyId))) throw notFound('案件', id);
  return { c, handler: await currentHandler(tx, ctx, c) };
}
