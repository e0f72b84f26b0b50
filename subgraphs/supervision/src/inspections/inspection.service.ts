/**
 * 现场监督 use cases (004 第二十二条). Each command: authorise (a SUPERVISOR of the supervised agency's subtree) →
 * rules → the related cases asked of cases and the supervisors' 执法监督证 asked of personnel, both with the caller's
 * token and failing closed → in one transaction: lock the record at the version the clerk saw, check 回避
 * (004 第二十一条) under that lock, store, log. No row lock is held while another subgraph is asked.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  checkId, commonConditions, DomainError, ErrorCode, findPage, forbidden, isLocalDate, lockForEdit, logChange, newId, notFound, requireRole, sortOf,
  SortDirection, type Identity, type PageArgs,
} from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { changes } from '../onsite/onsite.changes.js';
import { mayReadSupervisionOf, requireSupervisorOf, supervisionVisibility } from '../access/supervision.access.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { complaintVisibility } from '../complaints/complaint.scope.js';
import { RecusalSubjectType } from '../recusals/recusal.entity.js';
import { requireNotRecused } from '../recusals/recusal.guard.js';
import { Inspection, InspectionEntry, InspectionStatus, type InspectionSupervisor } from './inspection.entity.js';
import {
  InspectionOrderField, type CarryOutInspectionInput, type ConcludeInspectionInput, type InspectionArrangementInput, type InspectionEntryInput, type InspectionFilter,
  type InspectionList, type InspectionOrder, type PlanInspectionInput,
} from './inspection.inputs.js';
import {
  activitySpan, checkCancellation, checkCarriedOut, checkConclusion, checkEntry, checkInspection, requireEnoughSupervisors, requireRecorded, requireStatus,
  type InspectionFields,
} from './inspection.rules.js';

/** The change log's kind of record for inspections. */
export const INSPECTION_LOG = 'Inspection';
const WHAT = '现场监督';
const ORDER_COLUMN: Record<InspectionOrderField, keyof Inspection & string> = { DATE: 'date', CREATED_AT: 'createdAt', STATUS: 'status' };

const snapshot = (i: Inspection) => ({
  title: i.title, agencyId: i.agencyId, date: i.date, startTime: i.startTime, endTime: i.endTime, place: i.place, subject: i.subject, contents: i.contents,
  caseIds: i.caseIds, complaintIds: i.complaintIds, supervisors: i.supervisorChecks.map((c) => c.officerName ?? c.officerId), status: i.status, findings: i.findings, conclusion: i.conclusion,
  cancelledReason: i.cancelledReason,
});

const by = (identity: Identity) => identity.displayName ?? identity.username ?? '';

export function inspectionVisibility(identity: Identity): FilterQuery<Inspection> | null {
  return supervisionVisibility<Inspection>(identity);
}

const visibleTo = (em: EntityManager, identity: Identity) => (i: Inspection) => mayReadSupervisionOf(em, identity, i.agencyId);

/** Related complaints: each one readable by the caller (NOT_FOUND names the first that is not). */
async function checkComplaints(em: EntityManager, identity: Identity, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const visible = complaintVisibility(identity);
  const found = visible ? await em.find(Complaint, { $and: [{ id: { $in: [...ids] } }, visible] }, { fields: ['id'] }) : [];
  const known = new Set(found.map((c) => c.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw new DomainError(ErrorCode.NOT_FOUND, `未找到投诉举报（${missing}），或它不在您的管辖范围内`, { field: 'complaintIds', id: missing });
}

/**
 * 004 第二十二条: at least two supervisors, each a 执法监督人员 on duty with a 执法监督证 valid at the start AND at
 * the end of the activity (personnel answers, fail closed: NOT_ENTITLED, DEPENDENCY_UNAVAILABLE). Returns what each showed.
 */
async function checkSupervisors(ctx: SupervisionContext, officerIds: string[], span: { startsAt: Date; endsAt: Date }): Promise<InspectionSupervisor[]> {
  requireEnoughSupervisors(officerIds);
  const atStart = await ctx.loaders.personnel.requireSupervisors(officerIds, span.startsAt, '参加该现场监督');
  if (span.endsAt.getTime() !== span.startsAt.getTime()) await ctx.loaders.personnel.requireSupervisors(officerIds, span.endsAt, '参加该现场监督');
  const checkedAt = ctx.clock.now();
  return officerIds.map((officerId) => {
    const c = atStart.get(officerId)!;
    return { officerId, officerName: c.officerName, certificateNumber: c.certificateNumber, checkedAt };
  });
}

/** Everything of an arrangement that another subgraph or table must confirm: cases, complaints, supervisors. */
async function confirmArrangement(ctx: SupervisionContext, f: Pick<InspectionFields, 'caseIds' | 'complaintIds' | 'supervisorIds' | 'date' | 'startTime' | 'endTime'>) {
  requireEnoughSupervisors(f.supervisorIds);
  await checkComplaints(ctx.em, ctx.identity, f.complaintIds);
  if (f.caseIds.length) await ctx.loaders.cases.find(f.caseIds);
  return checkSupervisors(ctx, f.supervisorIds, activitySpan(f));
}

/** 004 第二十二条: a supervisor plans an on-site supervision of an agency of his subtree, with ≥ 2 supervisors entitled that day. */
export async function planInspection(ctx: SupervisionContext, input: PlanInspectionInput): Promise<Inspection> {
  requireRole(ctx.identity, 'SUPERVISOR');
  checkId(input.agencyId, '被监督机关');
  await requireSupervisorOf(ctx.em, ctx.identity, input.agencyId, '对该执法主体开展现场监督');
  const fields = checkInspection(input);
  const checks = await confirmArrangement(ctx, fields);
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const i = tx.create(Inspection, {
      id: newId(), ...fields, supervisingAgencyId: ctx.identity.agencyId!, supervisorChecks: checks, status: InspectionStatus.PLANNED,
      createdBy: by(ctx.identity), createdById: ctx.identity.userId, createdAt: now, updatedAt: now,
    });
    logChange(tx, ctx.identity, now, INSPECTION_LOG, i.id, '新建', changes({}, snapshot(i)));
    await tx.flush();
    return i;
  });
}

/** The inspection as the caller may see it, and may act on (a supervisor of its agency's subtree). */
async function actable(ctx: SupervisionContext, id: string, what: string): Promise<Inspection> {
  requireRole(ctx.identity, 'SUPERVISOR');
  checkId(id, WHAT);
  const i = await ctx.em.findOne(Inspection, { id });
  if (!i || !(await mayReadSupervisionOf(ctx.em, ctx.identity, i.agencyId))) throw notFound(WHAT, id);
  await requireSupervisorOf(ctx.em, ctx.identity, i.agencyId, what);
  return i;
}

async function lock(tx: EntityManager, ctx: SupervisionContext, id: string, version: number): Promise<Inspection> {
  return lockForEdit(tx, Inspection, id, version, { what: WHAT, label: (x) => x.title, logAs: INSPECTION_LOG, visible: visibleTo(tx, ctx.identity) });
}

/** Changes the arrangements of a planned inspection; the supervisors are checked again, 回避 included. */
export async function updateInspection(ctx: SupervisionContext, id: string, version: number, input: InspectionArrangementInput): Promise<Inspection> {
  const current = await actable(ctx, id, '修改现场监督安排');
  requireStatus(current, [InspectionStatus.PLANNED], '修改安排');
  const fields = checkInspection({ ...input, agencyId: current.agencyId });
  const checks = await confirmArrangement(ctx, fields);
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const i = await lock(tx, ctx, id, version);
    requireStatus(i, [InspectionStatus.PLANNED], '修改安排');
    await requireNotRecused(tx, fields.supervisorIds, { type: RecusalSubjectType.INSPECTION, id }, '参加该现场监督');
    const before = snapshot(i);
    Object.assign(i, fields, { supervisorChecks: checks, updatedAt: now });
    logChange(tx, ctx.identity, now, INSPECTION_LOG, i.id, '修改', changes(before, snapshot(i)));
    await tx.flush();
    return i;
  });
}

/**
 * Records the activity as carried out (004 第二十二条): on its actual date and with the supervisors actually there,
 * each checked again for that date — at least two, each with a valid 执法监督证, none recused.
 */
export async function carryOutInspection(ctx: SupervisionContext, id: string, version: number, input: CarryOutInspectionInput): Promise<Inspection> {
  const current = await actable(ctx, id, '登记现场监督实施情况');
  requireStatus(current, [InspectionStatus.PLANNED], '登记为已实施');
  const now = ctx.clock.now();
  const done = checkCarriedOut(current, input, now);
  const checks = await checkSupervisors(ctx, done.supervisorIds, done);
  return ctx.em.transactional(async (tx) => {
    const i = await lock(tx, ctx, id, version);
    requireStatus(i, [InspectionStatus.PLANNED], '登记为已实施');
    await requireNotRecused(tx, done.supervisorIds, { type: RecusalSubjectType.INSPECTION, id }, '参加该现场监督');
    const before = snapshot(i);
    Object.assign(i, {
      date: done.date, startTime: done.startTime, endTime: done.endTime, supervisorIds: done.supervisorIds, supervisorChecks: checks,
      status: InspectionStatus.CARRIED_OUT, carriedOutAt: now, carriedOutBy: by(ctx.identity), updatedAt: now,
    });
    logChange(tx, ctx.identity, now, INSPECTION_LOG, i.id, '登记实施', changes(before, snapshot(i)));
    await tx.flush();
    return i;
  });
}

/** Appends one entry to the 全过程记录 (004 第二十二条); entries are numbered in the order recorded, never edited. */
export async function addInspectionEntry(ctx: SupervisionContext, id: string, input: InspectionEntryInput): Promise<InspectionEntry> {
  await actable(ctx, id, '记录现场监督');
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    // the row lock numbers concurrent entries one after another
    const i = await tx.findOne(Inspection, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!i) throw notFound(WHAT, id);
    requireStatus(i, [InspectionStatus.PLANNED, InspectionStatus.CARRIED_OUT], '追加全过程记录');
    const fields = checkEntry(i, input, now);
    const seq = (await tx.count(InspectionEntry, { inspectionId: id })) + 1;
    const e = tx.create(InspectionEntry, { id: newId(), inspectionId: id, seq, ...fields, recordedBy: by(ctx.identity), recordedById: ctx.identity.userId, recordedAt: now });
    logChange(tx, ctx.identity, now, INSPECTION_LOG, i.id, '追加记录', [{ field: 'entries', before: null, after: `#${seq} ${fields.text.slice(0, 60)}` }]);
    await tx.flush();
    return e;
  });
}

/** 办结: findings and conclusion, after it was carried out and with a non-empty record (004 第二十二条). */
export async function concludeInspection(ctx: SupervisionContext, id: string, version: number, input: ConcludeInspectionInput): Promise<Inspection> {
  await actable(ctx, id, '办结现场监督');
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const i = await lock(tx, ctx, id, version);
    requireStatus(i, [InspectionStatus.CARRIED_OUT], '办结');
    requireRecorded(await tx.count(InspectionEntry, { inspectionId: id }));
    const before = snapshot(i);
    Object.assign(i, checkConclusion(input), { status: InspectionStatus.CONCLUDED, concludedAt: now, updatedAt: now });
    logChange(tx, ctx.identity, now, INSPECTION_LOG, i.id, '办结', changes(before, snapshot(i)));
    await tx.flush();
    return i;
  });
}

/** Cancels a planned inspection, with its reason. */
export async function cancelInspection(ctx: SupervisionContext, id: string, version: number, reason: string): Promise<Inspection> {
  await actable(ctx, id, '取消现场监督');
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const i = await lock(tx, ctx, id, version);
    requireStatus(i, [InspectionStatus.PLANNED], '取消');
    const before = snapshot(i);
    Object.assign(i, { status: InspectionStatus.CANCELLED, cancelledReason: checkCancellation(reason), updatedAt: now });
    logChange(tx, ctx.identity, now, INSPECTION_LOG, i.id, '取消', changes(before, snapshot(i)));
    await tx.flush();
    return i;
  });
}

export async function listInspections(em: EntityManager, identity: Identity, filter: InspectionFilter | null | undefined, order: InspectionOrder | null | undefined, page: PageArgs): Promise<InspectionList> {
  requireRole(identity);
  const visible = inspectionVisibility(identity);
  if (!visible) throw forbidden('您没有查看现场监督的权限');
  const and: FilterQuery<Inspection>[] = [
    visible,
    ...commonConditions<Inspection>(filter, (like) => ({ $or: [{ title: { $ilike: like } }, { subject: { $ilike: like } }, { place: { $ilike: like } }] })),
  ];
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.status) and.push({ status: filter.status });
  if (filter?.supervisorId) and.push({ supervisorIds: { $contains: [checkId(filter.supervisorId, '执法监督人员')] } } as FilterQuery<Inspection>);
  for (const [key, value, op] of [['dateFrom', filter?.dateFrom, '$gte'], ['dateTo', filter?.dateTo, '$lte']] as const) {
    if (value == null) continue;
    if (!isLocalDate(value)) throw new DomainError(ErrorCode.BAD_USER_INPUT, '日期格式应为 YYYY-MM-DD', { field: key });
    and.push({ date: { [op]: value } } as FilterQuery<Inspection>);
  }
  return findPage(em, Inspection, and, sortOf(ORDER_COLUMN, order, InspectionOrderField.DATE, SortDirection.DESC), page);
}

export async function getInspection(em: EntityManager, identity: Identity, id: string): Promise<Inspection> {
  requireRole(identity);
  checkId(id, WHAT);
  const visible = inspectionVisibility(identity);
  const i = visible ? await em.findOne(Inspection, { $and: [{ id }, visible] }) : null;
  if (!i) throw notFound(WHAT, id);
  return i;
}
