import type { EntityManager } from '@mikro-orm/postgresql';
import {
  checkId, commonConditions, diff, DomainError, ErrorCode, findPage, lockForEdit, logChange, newId, notFound, requireRole,
  type Clock, type Identity, type PageArgs, sortOf, SortDirection } from '@jiandu/kit';
import { EnforcementMatter } from './matter.entity.js';
import { MajorReviewEntry, MajorReviewKind } from './major-review.entity.js';
import { MatterOrderField, type CreateMatterInput, type MajorReviewEntryInput, type MatterFilter, type MatterInput, type MatterList, type MatterOrder } from './matter.inputs.js';
import { checkCatalogueEntry, checkMatter, checkReason, requireConfirmedAgency, requireCurrent } from './matter.rules.js';
import { mayKeepMattersOf, mayReadRecordsOf, projectedAgency } from './matter.scope.js';

const ORDER_COLUMN: Record<MatterOrderField, keyof EnforcementMatter & string> = { LIST_SEQ: 'listSeq', NAME: 'name', CATEGORY: 'category' };
/** The change log's kind of record for matters and catalogue entries. */
export const MATTER_LOG = 'EnforcementMatter';
export const CATALOGUE_LOG = 'MajorReviewEntry';

/**
 * The published lists of enforcement matters are public (DESIGN "Who uses it": anonymous sees the matters list):
 * the current matters by default; retired ones too with `includeRetired`, flagged by `retiredAt`.
 */
export async function listMatters(em: EntityManager, filter: MatterFilter | null | undefined, order: MatterOrder | null | undefined, page: PageArgs): Promise<MatterList> {
  const and = commonConditions<EnforcementMatter>(filter, (like) => ({ $or: [{ name: { $ilike: like } }, { legalBasis: { $ilike: like } }] }));
  if (filter?.category) and.push({ category: filter.category });
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (!filter?.includeRetired) and.push({ retiredAt: null });
  return findPage(em, EnforcementMatter, and, sortOf(ORDER_COLUMN, order, MatterOrderField.LIST_SEQ, SortDirection.ASC, true), page);
}

/** One matter, current or retired (a retired matter stays readable, flagged). */
export async function getMatter(em: EntityManager, id: string): Promise<EnforcementMatter> {
  checkId(id, '执法事项');
  const m = await em.findOne(EnforcementMatter, { id });
  if (!m) throw notFound('执法事项', id);
  return m;
}

const KEEPERS = ['AGENCY_ADMIN', 'CERT_ADMIN', 'SYSTEM_ADMIN'] as const;
const snapshot = (m: Pick<EnforcementMatter, 'name' | 'category' | 'unit' | 'field' | 'legalBasis' | 'listSeq'>) => ({
  name: m.name, category: m.category, unit: m.unit, field: m.field, legalBasis: m.legalBasis, listSeq: m.listSeq,
});

/**
 * A new matter of an agency's list. Agency administrators for their subtree, certificate and system
 * administrators anywhere; only an agency whose 主体资格 is confirmed (004 第十条), as cases' projection of
 * personnel's tree knows it.
 */
export async function createMatter(em: EntityManager, identity: Identity, clock: Clock, input: CreateMatterInput): Promise<EnforcementMatter> {
  requireRole(identity, ...KEEPERS);
  const agencyId = checkId(input.agencyId, '执法主体');
  if (!(await mayKeepMattersOf(em, identity, agencyId))) throw new DomainError(ErrorCode.FORBIDDEN, '只能为本单位及下级执法主体编制执法事项清单', { field: 'agencyId' });
  requireConfirmedAgency(await projectedAgency(em, agencyId));
  const fields = checkMatter(input);
  const now = clock.now();
  return em.transactional(async (tx) => {
    const m = tx.create(EnforcementMatter, { id: newId(), agencyId, ...fields, createdAt: now, updatedAt: now });
    logChange(tx, identity, now, MATTER_LOG, m.id, '新建', diff({}, { agencyId, ...snapshot(m) }));
    await tx.flush();
    return m;
  });
}

/** Locks a matter the caller keeps, at the version he saw; one he may not keep is NOT_FOUND (as one that does not exist). */
function lockMatter(tx: EntityManager, identity: Identity, id: string, version: number) {
  return lockForEdit(tx, EnforcementMatter, id, version, {
    what: '执法事项',
    label: (m) => m.name,
    logAs: MATTER_LOG,
    visible: (m) => mayKeepMattersOf(tx, identity, m.agencyId),
  });
}

export async function updateMatter(em: EntityManager, identity: Identity, clock: Clock, id: string, version: number, input: MatterInput): Promise<EnforcementMatter> {
  requireRole(identity, ...KEEPERS);
  return em.transactional(async (tx) => {
    const m = await lockMatter(tx, identity, id, version);
    requireCurrent(m);
    const fields = checkMatter(input);
    const before = snapshot(m);
    const now = clock.now();
    const changes = diff(before, snapshot({ ...m, ...fields }));
    if (changes.length === 0) return m;
    Object.assign(m, fields, { updatedAt: now });
    logChange(tx, identity, now, MATTER_LOG, m.id, '修改', changes);
    await tx.flush();
    return m;
  });
}

/**
 * Retires a matter (e.g. its legal basis repealed): it leaves the published list but stays readable, flagged,
 * with who retired it, when and why; never deleted. Its catalogue entries go with it.
 */
export async function retireMatter(em: EntityManager, identity: Identity, clock: Clock, id: string, version: number, reason: string): Promise<EnforcementMatter> {
  requireRole(identity, ...KEEPERS);
  return em.transactional(async (tx) => {
    const m = await lockMatter(tx, identity, id, version);
    requireCurrent(m);
    const why = checkReason(reason);
    const now = clock.now();
    const by = identity.displayName ?? identity.username;
    Object.assign(m, { retiredAt: now, retiredReason: why, retiredBy: by, updatedAt: now });
    logChange(tx, identity, now, MATTER_LOG, m.id, '停用', diff({ retiredAt: null, retiredReason: null }, { retiredAt: now, retiredReason: why }));
    const entries = await tx.find(MajorReviewEntry, { matterId: m.id });
    for (const e of entries) {
      logChange(tx, identity, now, CATALOGUE_LOG, e.id, '删除', removed(e));
      tx.remove(e);
    }
    await tx.flush();
    return m;
  });
}

const catalogueSnapshot = (e: Pick<MajorReviewEntry, 'agencyId' | 'kind' | 'matterId' | 'minimumYuan' | 'sourceText'>) => ({
  agencyId: e.agencyId, kind: e.kind, matterId: e.matterId, minimumYuan: e.minimumYuan, sourceText: e.sourceText,
});

/** Every field of an entry going to nothing, for the log of its removal. */
const removed = (e: MajorReviewEntry) => {
  const before = catalogueSnapshot(e);
  return diff(before, Object.fromEntries(Object.keys(before).map((k) => [k, null])));
};

/** An agency's 重大执法决定法制审核目录 (004 第十六条): staff of its subtree; NOT_FOUND for anyone else. */
export async function majorReviewCatalogue(em: EntityManager, identity: Identity, agencyId: string): Promise<MajorReviewEntry[]> {
  requireRole(identity);
  checkId(agencyId, '执法主体');
  if (!(await mayReadRecordsOf(em, identity, agencyId))) throw notFound('执法主体', agencyId);
  return em.find(MajorReviewEntry, { agencyId }, { orderBy: [{ kind: 'asc' }, { minimumYuan: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] });
}

/**
 * Adds an entry to an agency's catalogue: a current matter of that agency's own list, or a minimum fine.
 * The same keepers as the list.
 */
export async function addMajorReviewEntry(em: EntityManager, identity: Identity, clock: Clock, input: MajorReviewEntryInput): Promise<MajorReviewEntry> {
  requireRole(identity, ...KEEPERS);
  const agencyId = checkId(input.agencyId, '执法主体');
  if (!(await mayKeepMattersOf(em, identity, agencyId))) throw new DomainError(ErrorCode.FORBIDDEN, '只能编制本单位及下级执法主体的重大执法决定法制审核目录', { field: 'agencyId' });
  requireConfirmedAgency(await projectedAgency(em, agencyId));
  const fields = checkCatalogueEntry(input);
  if (fields.kind === MajorReviewKind.MATTER) {
    const m = await em.findOne(EnforcementMatter, { id: checkId(fields.matterId!, '执法事项') });
    if (!m || m.agencyId !== agencyId || m.retiredAt) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '只能列入本执法主体现行清单中的执法事项', { field: 'matterId' });
    }
  }
  const now = clock.now();
  return em.transactional(async (tx) => {
    const e = tx.create(MajorReviewEntry, { id: newId(), ...fields, agencyId, createdAt: now, updatedAt: now });
    logChange(tx, identity, now, CATALOGUE_LOG, e.id, '新建', diff({}, catalogueSnapshot(e)));
    await tx.flush();
    return e;
  });
}

/** Removes an entry from the catalogue (the change log keeps what it said). */
export async function removeMajorReviewEntry(em: EntityManager, identity: Identity, clock: Clock, id: string, version: number): Promise<boolean> {
  requireRole(identity, ...KEEPERS);
  return em.transactional(async (tx) => {
    const e = await lockForEdit(tx, MajorReviewEntry, id, version, {
      what: '审核目录条目', logAs: CATALOGUE_LOG, visible: (row) => mayKeepMattersOf(tx, identity, row.agencyId),
    });
    logChange(tx, identity, clock.now(), CATALOGUE_LOG, e.id, '删除', removed(e));
    tx.remove(e);
    await tx.flush();
    return true;
  });
}

/** Whether the caller may read a matter's change log (staff of its agency's subtree). */
export function mayReadMatterLog(em: EntityManager, identity: Identity, m: EnforcementMatter): Promise<boolean> {
  return mayReadRecordsOf(em, identity, m.agencyId);
}
