/**
 * 备案 of major decisions (004 第十九条; 000 二（九）): the agencies' filing periods (policy values, DESIGN "Rules
 * are data") and the filing records of major cases.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AgencyProjection, checkId, commonConditions, diff, DomainError, ErrorCode, findPage, lockForEdit, logChange, newId, notFound, requireLogin, requireRole, sortOf, SortDirection,
  staleVersion, today, type Clock, type Identity, type PageArgs,
} from '@jiandu/kit';
import type { EnforcementCase } from '../cases/case.entity.js';
import { mayReadCasesOf, readableCase } from '../cases/case.access.js';
import { mayKeepMattersOf } from '../matters/matter.scope.js';
import { CaseFiling, FilingPolicy } from './publicity.entity.js';
import { PublicityOrderField, type EffectiveFilingPolicy, type FilingFilter, type FilingList, type FilingPolicyInput, type PublicityOrder } from './publicity.inputs.js';
import {
  checkFiledOn, checkFilingPolicy, FILING_RECIPIENT, filingDue, periodText, requireDecided, resolveFilingPolicy, type FilingPolicyValue,
} from './publicity.rules.js';
import { dueStateConditions, FILING_DONE, mayWorkPublicityOf, readablePublicityWhere } from './publicity.access.js';

export const FILING_POLICY_LOG = 'FilingPolicy';
export const FILING_LOG = 'CaseFiling';

/** The filing period in force for an agency (its own, its nearest ancestor's in cases' projection, or 004 第十九条's 15 days). */
export async function effectiveFilingPolicy(em: EntityManager, agencyId: string): Promise<EffectiveFilingPolicy> {
  const agency = await em.findOne(AgencyProjection, { id: agencyId });
  const ids = agency ? agency.path.split('/').filter(Boolean) : [agencyId];
  const rows = await em.find(FilingPolicy, { agencyId: { $in: ids } });
  const { policy, setAt } = resolveFilingPolicy(agency?.path ?? null, agencyId, rows);
  return {
    agencyId, ...policy, setAt, isDefault: setAt === null,
    rule: `备案期限 ${periodText(policy)}（${policy.sourceText}）`,
    version: rows.find((r) => r.agencyId === agencyId)?.version ?? null,
  };
}

/** An agency's filing period: staff who may read its cases; NOT_FOUND for anyone else. */
export async function filingPolicy(em: EntityManager, identity: Identity, agencyId: string): Promise<EffectiveFilingPolicy> {
  requireLogin(identity);
  checkId(agencyId, '执法主体');
  if (!(await mayReadCasesOf(em, identity, agencyId))) throw notFound('执法主体', agencyId);
  return effectiveFilingPolicy(em, agencyId);
}

const shown = (p: FilingPolicyValue | null) => (p ? `${periodText(p)}（${p.sourceText}）` : null);

/**
 * Sets (or with `input` null removes) an agency's own filing period, on the version of its own setting the clerk
 * saw (null when it has none): agency administrators for their subtree, certificate and system administrators
 * anywhere. Logged in the change log of the agency's setting. Filings already created keep their deadlines.
 */
export async function setFilingPolicy(
  em: EntityManager, identity: Identity, clock: Clock, agencyId: string, version: number | null, input: FilingPolicyInput | null,
): Promise<EffectiveFilingPolicy> {
  requireRole(identity, 'AGENCY_ADMIN', 'CERT_ADMIN', 'SYSTEM_ADMIN');
  checkId(agencyId, '执法主体');
  if (!(await mayKeepMattersOf(em, identity, agencyId))) throw new DomainError(ErrorCode.FORBIDDEN, '只能设置本单位及下级执法主体的备案期限', { field: 'agencyId' });
  if (!(await em.findOne(AgencyProjection, { id: agencyId }))) throw notFound('执法主体', agencyId);
  const value = input ? checkFilingPolicy(input) : null;
  const now = clock.now();
  await em.transactional(async (tx) => {
    const row = await tx.findOne(FilingPolicy, { agencyId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if ((row?.version ?? null) !== (version ?? null)) {
      if (!row) throw new DomainError(ErrorCode.CONCURRENT_MODIFICATION, '本单位的备案期限设置已被他人删除（现适用上级或默认期限），请刷新后重新操作', { expectedVersion: version, actualVersion: null });
      if (version == null) throw new DomainError(ErrorCode.CONCURRENT_MODIFICATION, `本单位已设定备案期限（第 ${row.version} 版，${row.setBy ?? '他人'}设定），请刷新后在其基础上修改`, { expectedVersion: null, actualVersion: row.version });
      throw staleVersion('备案期限设置', version, row.version, undefined, row.updatedAt);
    }
    const before = row ? { value: row.value, unit: row.unit, sourceText: row.sourceText } : null;
    const by = identity.displayName ?? identity.username;
    if (!value) {
      if (!row) return;
      tx.remove(row);
      logChange(tx, identity, now, FILING_POLICY_LOG, agencyId, '删除', diff({ period: shown(before) }, { period: null }));
    } else if (!row) {
      tx.create(FilingPolicy, { id: newId(), agencyId, ...value, setBy: by, updatedAt: now });
      logChange(tx, identity, now, FILING_POLICY_LOG, agencyId, '新建', diff({ period: null }, { period: shown(value) }));
    } else {
      const changes = diff({ period: shown(before) }, { period: shown(value) });
      if (!changes.length) return;
      Object.assign(row, value, { setBy: by, updatedAt: now });
      logChange(tx, identity, now, FILING_POLICY_LOG, agencyId, '修改', changes);
    }
    await tx.flush();
  });
  return effectiveFilingPolicy(em.fork(), agencyId);
}

/**
 * The filing record of a major case, created in the deciding transaction (004 第十九条): its deadline under the
 * agency's period in force at that moment, the rule and where the period came from. Nothing for a case that is
 * not major, or that has its record already.
 */
export async function createFiling(tx: EntityManager, c: EnforcementCase, now: Date): Promise<CaseFiling | null> {
  if (!c.major || !c.decidedOn) return null;
  const existing = await tx.findOne(CaseFiling, { caseId: c.id });
  if (existing) return existing;
  const p = await effectiveFilingPolicy(tx, c.agencyId);
  const due = filingDue(c.decidedOn, p);
  const source = p.setAt === null ? '默认期限（004 第十九条）' : p.setAt === c.agencyId ? '本单位设置' : `上级单位设置（${(await tx.findOne(AgencyProjection, { id: p.setAt }))?.name ?? p.setAt}）`;
  return tx.create(CaseFiling, {
    id: newId(), caseId: c.id, agencyId: c.agencyId, caseNumber: c.number, decidedOn: c.decidedOn,
    dueOn: due.due, provisional: due.provisional, rule: due.rule, periodSource: source, calendarBasis: due.calendarBasis,
    period: { start: due.start, amount: due.amount, unit: due.unit }, recipient: FILING_RECIPIENT, createdAt: now,
  });
}

const FILING_ORDER: Record<PublicityOrderField, string> = { DUE_ON: 'dueOn', DECIDED_ON: 'decidedOn', CASE_NUMBER: 'caseNumber' };

/** Filings of the cases the caller may read, paged; `dueState` on today's date of the kit clock. */
export async function listFilings(em: EntityManager, identity: Identity, clock: Clock, filter: FilingFilter | null | undefined, order: PublicityOrder | null | undefined, page: PageArgs): Promise<FilingList> {
  requireLogin(identity);
  const scope = readablePublicityWhere<CaseFiling>(identity);
  if (!scope) return { items: [], total: 0 };
  const and: object[] = [scope as object, ...(commonConditions<CaseFiling>(filter, (like) => ({ caseNumber: { $ilike: like } })) as object[])];
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.dueState) and.push(dueStateConditions(filter.dueState, today(clock), FILING_DONE));
  return findPage(em, CaseFiling, and as never, sortOf(FILING_ORDER, order, PublicityOrderField.DUE_ON, SortDirection.ASC), page);
}

/**
 * Records that a major decision was filed (004 第十九条: 报送…备案) on `filedOn`, on the version of the filing record
 * the clerk saw: the case's current handlers or an agency administrator of its subtree; the case must be decided.
 */
export async function recordFiling(em: EntityManager, identity: Identity, clock: Clock, caseId: string, version: number, filedOn: string): Promise<CaseFiling> {
  requireLogin(identity);
  const c = await readableCase(em, identity, caseId);
  if (!(await mayWorkPublicityOf(em, identity, c))) throw new DomainError(ErrorCode.FORBIDDEN, '只有本案承办人或本单位及上级执法主体的管理员可以登记备案');
  requireDecided(c, '备案');
  return em.transactional(async (tx) => {
    const found = await tx.findOne(CaseFiling, { caseId: c.id });
    if (!found) throw new DomainError(ErrorCode.NOT_FOUND, '该案件不是重大执法决定，无需备案', { field: 'caseId' });
    const f = await lockForEdit(tx, CaseFiling, found.id, version, { what: '备案记录', label: (x) => x.caseNumber, logAs: FILING_LOG });
    if (f.filedOn) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, `该决定已于 ${f.filedOn} 备案`, { field: 'caseId' });
    const now = clock.now();
    const on = checkFiledOn(filedOn, c.decidedOn!, today(clock));
    Object.assign(f, { filedOn: on, filedBy: identity.displayName ?? identity.username, filedAt: now, updatedAt: now });
    logChange(tx, identity, now, FILING_LOG, f.id, '备案', diff({ filedOn: null }, { filedOn: on }));
    await tx.flush();
    return f;
  });
}
