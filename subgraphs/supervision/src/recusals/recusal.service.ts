/**
 * 回避 (004 第二十一条) use cases: 自行回避 by the supervisor himself, 申请回避 by the supervised body or the
 * complainant and the 主要负责人's decision on it, 决定回避 by the 监督机关. Each: authorise → load the matter (its
 * agency scopes the 回避) → rules → ask personnel about the supervisor (fail closed) → store and log.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  checkId, commonConditions, DomainError, ErrorCode, findPage, forbidden, hasRole, lockForEdit, logChange, newId, notFound, requireRole, sortOf,
  SortDirection, today, type Identity, type PageArgs,
} from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { changes } from '../onsite/onsite.changes.js';
import { mayAnswerFor, mayReadSupervisionOf, maySupervise, supervisionVisibility } from '../access/supervision.access.js';
import { Recusal, RecusalStatus, RecusalWay } from './recusal.entity.js';
import {
  RecusalOrderField, type ApplyRecusalInput, type DecideRecusalInput, type DeclareRecusalInput, type OrderRecusalInput, type RecusalFilter, type RecusalList,
  type RecusalOrder, type RecusalSubjectInput,
} from './recusal.inputs.js';
import { checkApplication, checkApplicationDecision, checkOrder, checkSelfDeclaration, initialStatus, requireNoneOpen, requireNotConcerned, requireOrderable } from './recusal.rules.js';
import { RECUSAL_SUBJECTS, SUBJECT_LABEL, type SubjectFacts } from './recusal.subjects.js';

/** The change log's kind of record for recusals. */
export const RECUSAL_LOG = 'Recusal';

const ORDER_COLUMN: Record<RecusalOrderField, keyof Recusal & string> = { RECORDED_AT: 'recordedAt', STATUS: 'status' };

const snapshot = (r: Recusal) => ({
  officerId: r.officerId, officerName: r.officerName, subjectType: r.subjectType, subjectId: r.subjectId, way: r.way, status: r.status, grounds: r.grounds,
  applicantKind: r.applicantKind, appliedOn: r.appliedOn, approved: r.approved, decidedBy: r.decidedBy, decidedOn: r.decidedOn, decisionReason: r.decisionReason,
});

const by = (identity: Identity) => identity.displayName ?? identity.username ?? '';

/** Which recusals the caller reads: supervision's one read rule on the matter's agency. */
export function recusalVisibility(identity: Identity): FilterQuery<Recusal> | null {
  return supervisionVisibility<Recusal>(identity);
}

/** The matter a 回避 is about, readable by the caller (NOT_FOUND otherwise); a kind not yet wired is refused. */
async function subjectOf(em: EntityManager, identity: Identity, s: RecusalSubjectInput): Promise<SubjectFacts> {
  const lookup = RECUSAL_SUBJECTS[s.type];
  if (!lookup) {
    throw new DomainError(ErrorCode.PRECONDITION_FAILED, `${SUBJECT_LABEL[s.type] ?? s.type}尚不能登记回避`, { field: 'subject', subjectType: s.type });
  }
  checkId(s.id, SUBJECT_LABEL[s.type]);
  const facts = await lookup(em, s.id);
  if (!facts || !(await mayReadSupervisionOf(em, identity, facts.agencyId))) throw notFound(SUBJECT_LABEL[s.type], s.id);
  return facts;
}

/** The supervisor named, as personnel knows him now: he exists and is a 执法监督人员 (fail closed when personnel cannot say). */
async function supervisorName(ctx: SupervisionContext, officerId: string): Promise<string | null> {
  checkId(officerId, '执法监督人员');
  const [c] = await ctx.loaders.personnel.supervisorCredentials([officerId], ctx.clock.now());
  if (!c || c.reason === 'UNKNOWN_OFFICER') throw new DomainError(ErrorCode.NOT_FOUND, `未找到执法监督人员（${officerId}）`, { field: 'officerId', id: officerId });
  if (c.reason === 'NOT_A_SUPERVISOR') throw new DomainError(ErrorCode.BAD_USER_INPUT, `${c.officerName ?? '该人员'}不是执法监督人员，无需登记回避`, { field: 'officerId' });
  return c.officerName;
}

async function openRecusals(tx: EntityManager, officerId: string, s: RecusalSubjectInput): Promise<Recusal[]> {
  return tx.find(Recusal, { officerId, subjectType: s.type, subjectId: s.id, status: { $in: [RecusalStatus.PENDING, RecusalStatus.IN_EFFECT] } });
}

async function record(ctx: SupervisionContext, s: RecusalSubjectInput, facts: SubjectFacts, officerId: string, officerName: string | null, fields: Partial<Recusal> & { way: RecusalWay; grounds: string }): Promise<Recusal> {
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const open = await openRecusals(tx, officerId, s);
    if (fields.way === RecusalWay.DECIDED) requireOrderable(open);
    else requireNoneOpen(open);
    const r = tx.create(Recusal, {
      id: newId(), officerId, officerName, subjectType: s.type, subjectId: s.id, agencyId: facts.agencyId, status: initialStatus(fields.way), ...fields,
      recordedBy: by(ctx.identity), recordedById: ctx.identity.userId, recordedAt: now, updatedAt: now,
    });
    logChange(tx, ctx.identity, now, RECUSAL_LOG, r.id, '新建', changes({}, snapshot(r)));
    await tx.flush();
    return r;
  });
}

/** 004 第二十一条 应当自行回避: the supervisor himself, on a matter of an agency he supervises. */
export async function declareRecusal(ctx: SupervisionContext, input: DeclareRecusalInput): Promise<Recusal> {
  requireRole(ctx.identity, 'SUPERVISOR');
  const facts = await subjectOf(ctx.em, ctx.identity, input.subject);
  const { grounds } = checkSelfDeclaration(input, ctx.identity.officerId);
  if (!(await maySupervise(ctx.em, ctx.identity, facts.agencyId))) throw forbidden('只有本单位及上级执法主体的执法监督人员可以就该监督事项自行回避');
  const name = await supervisorName(ctx, input.officerId);
  return record(ctx, input.subject, facts, input.officerId, name, { way: RecusalWay.SELF_DECLARED, grounds });
}

/**
 * 004 第二十一条 被监督机关、投诉举报人有权申请其回避: recorded by a supervisor of the matter's agency (who received
 * it), or filed by the supervised body itself — an agency administrator of the matter's agency subtree.
 */
export async function applyForRecusal(ctx: SupervisionContext, input: ApplyRecusalInput): Promise<Recusal> {
  requireRole(ctx.identity, 'SUPERVISOR', 'AGENCY_ADMIN');
  const facts = await subjectOf(ctx.em, ctx.identity, input.subject);
  const asSupervisor = await maySupervise(ctx.em, ctx.identity, facts.agencyId);
  const asBody = !asSupervisor && (await mayAnswerFor(ctx.em, ctx.identity, facts.agencyId));
  if (!asSupervisor && !asBody) throw forbidden('只有执法监督人员或被监督机关可以登记回避申请');
  requireNotConcerned(ctx.identity.officerId, input.officerId, '登记针对本人的回避申请');
  const fields = checkApplication(input, today(ctx.clock), { bySupervisedBody: asBody });
  const name = await supervisorName(ctx, input.officerId);
  return record(ctx, input.subject, facts, input.officerId, name, { way: RecusalWay.APPLIED, ...fields });
}

/** 004 第二十一条 回避由其所在单位主要负责人决定: a supervisor records the 主要负责人's decision, never the one concerned. */
export async function decideRecusal(ctx: SupervisionContext, id: string, version: number, input: DecideRecusalInput): Promise<Recusal> {
  requireRole(ctx.identity, 'SUPERVISOR');
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const r = await lockForEdit(tx, Recusal, id, version, { what: '回避记录', label: (x) => x.officerName ?? x.officerId, logAs: RECUSAL_LOG, visible: (x) => mayReadSupervisionOf(tx, ctx.identity, x.agencyId) });
    if (!(await maySupervise(tx, ctx.identity, r.agencyId))) throw forbidden('只有本单位及上级执法主体的执法监督人员可以登记回避决定');
    requireNotConcerned(ctx.identity.officerId, r.officerId, '登记对本人回避申请的决定');
    const before = snapshot(r);
    Object.assign(r, checkApplicationDecision(r, input, today(ctx.clock)), { decisionRecordedBy: by(ctx.identity), updatedAt: now });
    logChange(tx, ctx.identity, now, RECUSAL_LOG, r.id, r.approved ? '决定回避（同意申请）' : '驳回回避申请', changes(before, snapshot(r)));
    await tx.flush();
    return r;
  });
}

/** 004 第二十一条 …行政执法监督机关应当决定其回避: ordered when the supervisor neither withdrew nor was applied against. */
export async function orderRecusal(ctx: SupervisionContext, input: OrderRecusalInput): Promise<Recusal> {
  requireRole(ctx.identity, 'SUPERVISOR');
  const facts = await subjectOf(ctx.em, ctx.identity, input.subject);
  if (!(await maySupervise(ctx.em, ctx.identity, facts.agencyId))) throw forbidden('只有本单位及上级执法主体的执法监督人员可以决定回避');
  requireNotConcerned(ctx.identity.officerId, input.officerId, '决定本人回避');
  const open = await openRecusals(ctx.em, input.officerId, input.subject);
  const fields = checkOrder(input, today(ctx.clock), open);
  const name = await supervisorName(ctx, input.officerId);
  return record(ctx, input.subject, facts, input.officerId, name, { way: RecusalWay.DECIDED, grounds: fields.grounds, decidedBy: fields.decidedBy, decidedOn: fields.decidedOn });
}

export async function listRecusals(em: EntityManager, identity: Identity, filter: RecusalFilter | null | undefined, order: RecusalOrder | null | undefined, page: PageArgs): Promise<RecusalList> {
  requireRole(identity);
  const visible = recusalVisibility(identity);
  if (!visible) throw forbidden('您没有查看回避记录的权限');
  const and: FilterQuery<Recusal>[] = [visible, ...commonConditions<Recusal>(filter, (like) => ({ $or: [{ grounds: { $ilike: like } }, { officerName: { $ilike: like } }] }))];
  if (filter?.officerId) and.push({ officerId: checkId(filter.officerId, '执法监督人员') });
  if (filter?.subjectType) and.push({ subjectType: filter.subjectType });
  if (filter?.subjectId) and.push({ subjectId: checkId(filter.subjectId, '监督事项') });
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.way) and.push({ way: filter.way });
  if (filter?.status) and.push({ status: filter.status });
  return findPage(em, Recusal, and, sortOf(ORDER_COLUMN, order, RecusalOrderField.RECORDED_AT, SortDirection.DESC), page);
}

export async function getRecusal(em: EntityManager, identity: Identity, id: string): Promise<Recusal> {
  requireRole(identity);
  checkId(id, '回避记录');
  const visible = recusalVisibility(identity);
  const r = visible ? await em.findOne(Recusal, { $and: [{ id }, visible] }) : null;
  if (!r) throw notFound('回避记录', id);
  return r;
}

/** The applicant's name: a complainant's is personal data (004 第八条 protects complainants) — supervisors only. */
export function mayReadApplicant(identity: Identity, r: Recusal): boolean {
  return r.applicantKind !== 'COMPLAINANT' || hasRole(identity, 'SUPERVISOR');
}
