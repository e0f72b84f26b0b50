/**
 * 《行政执法监督通知书》 (004 第二十三条, 第二十四条): issue, receipt, objection and its answer, the rectification
 * report and its verification, and the lists. Who may read and act: supervision's one rule
 * (access/supervision.access.ts). Every command that changes a notice takes the version the clerk saw.
 */
import { markEscalated, requireEscalatable } from '../opinions/opinion.escalation.js';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  checkId, checkIds, commonConditions, diff, dueSoonUntil, DueState, DomainError, ErrorCode, findPage, forbidden, hasRole, isLocalDate, isUuid, lockForEdit,
  logChange, newId, notFound, requireLogin, requireRole, sortOf, SortDirection, today, type Identity, type LocalDate, type PageArgs,
} from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { SCHEMA } from '../orm.js';
import { mayAnswerFor, mayReadSupervisionOf, maySupervise, requireSupervisorOf, supervisionVisibility } from '../access/supervision.access.js';
import { issuerOf, nextDocumentNumber } from '../documents/document.service.js';
import { SupervisionDocumentKind } from '../documents/document.rules.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { NoticeCase, NoticeComplaint, SupervisionNotice } from './notice.entity.js';
import { NoticeStatus, ObjectionOutcome } from './notice.enums.js';
import { NoticeOrderField, type CreateNoticeInput, type NoticeFilter, type NoticeList, type NoticeOrder } from './notice.inputs.js';
import {
  answerDeadline, answeredStatus, checkAnswer, checkNoticeDraft, checkObjection, checkReceipt, checkReport, checkStepText, checkVerification, receiptDeadlines,
  verifiedStatus,
} from './notice.rules.js';

/** The notice's kind of record in the change log. */
export const NOTICE_LOG = 'SupervisionNotice';

const actor = (identity: Identity) => identity.displayName ?? identity.username ?? '';

/** The ids among `ids` of agencies NOT in the subtree of `rootId` (supervision's agency projection, the current tree). */
export async function agenciesOutside(em: EntityManager, rootId: string, ids: readonly string[]): Promise<string[]> {
  const u = [...new Set(ids)].filter((id) => id !== rootId);
  if (!u.length) return [];
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select d.id from ${SCHEMA}.agency_projection d, ${SCHEMA}.agency_projection r
      where r.id = ? and d.id in (${u.map(() => '?').join(', ')}) and d.path like replace(replace(r.path, '_', '\\_'), '%', '\\%') || '%'`,
    [rootId, ...u],
    'all',
    em.getTransactionContext(),
  );
  const inside = new Set(rows.map((r) => r.id));
  return u.filter((id) => !inside.has(id));
}

/** A notice the caller may read; NOT_FOUND when it does not exist or he may not read it (the two look alike). */
export async function readableNotice(em: EntityManager, identity: Identity, id: string): Promise<SupervisionNotice> {
  requireLogin(identity);
  checkId(id, '监督通知书');
  const n = await em.findOne(SupervisionNotice, { id });
  if (!n || !(await mayReadSupervisionOf(em, identity, n.agencyId))) throw notFound('监督通知书', id);
  return n;
}

/**
 * Issues a notice (004 第二十三条): a supervisor of the supervised agency's subtree; related cases are asked of
 * cases with his token (fail closed) and related complaints read from supervision's own — each must concern the
 * supervised agency or one below it. The number is the issuing body's next in its NOTICE series of the year,
 * taken in the issuing transaction. With `opinionId` the notice escalates an unmended 监督意见书 (003 第15条: 对逾期未整改
 * 完毕的…): the opinion must be overdue and unmended, addressed to the supervised agency, and is marked escalated in
 * the same transaction (two notices are never made of one opinion).
 */
export async function createNotice(ctx: SupervisionContext, input: CreateNoticeInput): Promise<SupervisionNotice> {
  const { em, identity, clock } = ctx;
  requireLogin(identity);
  const draft = checkNoticeDraft(input, isUuid);
  await requireSupervisorOf(em, identity, draft.agencyId, '下发监督通知书');

  const complaints = draft.complaintIds.length ? await em.find(Complaint, { $and: [{ id: { $in: draft.complaintIds } }, supervisionVisibility<Complaint>(identity) ?? { id: null }] }) : [];
  const missingComplaint = draft.complaintIds.find((id) => !complaints.some((c) => c.id === id));
  if (missingComplaint) throw new DomainError(ErrorCode.NOT_FOUND, `未找到投诉举报（${missingComplaint}），或它不在您的管辖范围内`, { field: 'complaintIds', id: missingComplaint });
  const strayComplaint = (await agenciesOutside(em, draft.agencyId, complaints.map((c) => c.agencyId)))[0];
  if (strayComplaint) {
    const c = complaints.find((x) => x.agencyId === strayComplaint)!;
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `投诉举报 ${c.number} 不是针对被监督机关或其下级执法主体的，不能关联`, { field: 'complaintIds', id: c.id });
  }
  // cases owns them: asked with the caller's token, NOT_FOUND for one he cannot read, DEPENDENCY_UNAVAILABLE when it cannot answer.
  const cases = await ctx.loaders.cases.find(draft.caseIds);
  const strayCase = (await agenciesOutside(em, draft.agencyId, cases.map((c) => c.agencyId)))[0];
  if (strayCase) {
    const c = cases.find((x) => x.agencyId === strayCase)!;
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `案件 ${c.number} 不属于被监督机关或其下级执法主体，不能关联`, { field: 'caseIds', id: c.id });
  }
  const issuer = await issuerOf(em, identity);
  const now = clock.now();
  const issuedOn = today(clock);
  return em.transactional(async (tx) => {
    // 003 第15条: the opinion escalated, locked for this transaction (PRECONDITION_FAILED unless unmended past its deadline)
    const opinion = draft.opinionId ? await requireEscalatable(tx, draft.opinionId, { identity, clock }) : null;
    if (opinion && opinion.agencyId !== draft.agencyId) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `监督意见书 ${opinion.number} 的主送单位不是被监督机关，请选择该意见书的主送单位`, { field: 'agencyId' });
    }
    const year = Number(issuedOn.slice(0, 4));
    const { seq, number } = await nextDocumentNumber(tx, issuer, SupervisionDocumentKind.NOTICE, year);
    const n = tx.create(SupervisionNotice, {
      id: newId(), number, year, seq, issuerId: issuer.id, issuerName: issuer.name, agencyId: draft.agencyId, grounds: draft.grounds, facts: draft.facts,
      requirement: draft.requirement, sourceOpinionId: draft.opinionId, status: NoticeStatus.ISSUED, issuedOn, issuedAt: now, issuedBy: actor(identity),
      issuedById: identity.userId, updatedAt: now,
    });
    draft.caseIds.forEach((caseId, seq) => tx.create(NoticeCase, { id: newId(), noticeId: n.id, caseId, agencyId: n.agencyId, issuedAt: now, seq }));
    draft.complaintIds.forEach((complaintId, seq) => tx.create(NoticeComplaint, { id: newId(), noticeId: n.id, complaintId, seq }));
    logChange(tx, identity, now, NOTICE_LOG, n.id, '下发', diff({}, {
      number, agencyId: n.agencyId, grounds: n.grounds, facts: n.facts, requirement: n.requirement, caseIds: draft.caseIds, complaintIds: complaints.map((c) => c.number),
      sourceOpinionId: n.sourceOpinionId,
    }));
    await tx.flush();
    if (opinion) await markEscalated(tx, opinion.id, n.id, n.number, { identity, clock });
    return n;
  });
}

/** Locks a notice the caller may read, at the version he saw. */
function lockNotice(tx: EntityManager, identity: Identity, id: string, version: number): Promise<SupervisionNotice> {
  return lockForEdit(tx, SupervisionNotice, id, version, {
    what: '监督通知书', label: (n) => n.number, logAs: NOTICE_LOG, visible: (n) => mayReadSupervisionOf(tx, identity, n.agencyId),
  });
}

type Step = 'supervisor' | 'answerer' | 'either';

/** The act rule of a step: the supervisor (of the notice's agency's subtree), the supervised body, or either. */
async function requireActor(tx: EntityManager, identity: Identity, n: SupervisionNotice, who: Step, what: string): Promise<void> {
  const sup = who !== 'answerer' && (await maySupervise(tx, identity, n.agencyId));
  const ans = !sup && who !== 'supervisor' && (await mayAnswerFor(tx, identity, n.agencyId));
  if (sup || ans) return;
  const by = who === 'supervisor' ? '行政执法监督机关的执法监督人员' : who === 'answerer' ? '被监督机关的管理员' : '执法监督人员或被监督机关的管理员';
  throw forbidden(`只有${by}可以${what}`);
}

const ROLES: Record<Step, Parameters<typeof requireRole>[1][]> = { supervisor: ['SUPERVISOR'], answerer: ['AGENCY_ADMIN'], either: ['SUPERVISOR', 'AGENCY_ADMIN'] };

/** One step on a notice: role, lock at the version, act rule, the change, its change-log entry. */
async function step(
  ctx: SupervisionContext, id: string, version: number, who: Step, what: string,
  change: (n: SupervisionNotice, on: { now: Date; today: LocalDate; by: string }) => Record<string, unknown>,
): Promise<SupervisionNotice> {
  const { identity, clock } = ctx;
  requireRole(identity, ...ROLES[who]);
  return ctx.em.transactional(async (tx) => {
    const n = await lockNotice(tx, identity, id, version);
    await requireActor(tx, identity, n, who, what);
    const now = clock.now();
    const fields = change(n, { now, today: today(clock), by: actor(identity) });
    const before = Object.fromEntries(Object.keys(fields).map((k) => [k, (n as unknown as Record<string, unknown>)[k]]));
    Object.assign(n, fields, { updatedAt: now });
    const shown = Object.fromEntries(Object.entries(fields).filter(([k]) => !k.endsWith('Deadline') && !k.endsWith('At')));
    logChange(tx, identity, now, NOTICE_LOG, n.id, what, diff(before, shown));
    await tx.flush();
    return n;
  });
}

/** 送达 (004 第二十四条): the date of receipt, recorded by the supervisor or the supervised body; it starts the clocks. */
export function recordNoticeReceipt(ctx: SupervisionContext, id: string, version: number, receivedOn: string): Promise<SupervisionNotice> {
  return step(ctx, id, version, 'either', '登记送达', (n, { now, today: t, by }) => {
    const on = checkReceipt(n, receivedOn, t);
    const d = receiptDeadlines(on);
    return {
      status: NoticeStatus.RECEIVED, receivedOn: on, receiptRecordedAt: now, receiptRecordedBy: by,
      rectifyDueOn: d.rectification.dueOn, rectifyDeadline: d.rectification, objectionDueOn: d.objection.dueOn, objectionDeadline: d.objection,
    };
  });
}

/** 申请复查 (004 第二十四条第二款): the supervised body, within 7 days of receipt; starts the supervisor's 15 days. */
export function objectToNotice(ctx: SupervisionContext, id: string, version: number, reason: string): Promise<SupervisionNotice> {
  return step(ctx, id, version, 'answerer', '申请复查', (n, { now, today: t, by }) => {
    checkObjection(n, t);
    const text = checkStepText(reason, 'reason', '复查理由');
    const d = answerDeadline(t);
    return { objectedOn: t, objectedAt: now, objectionReason: text, objectedBy: by, answerDueOn: d.dueOn, answerDeadline: d };
  });
}

/** 复查答复 (004 第二十四条第二款): upheld → the notice is revoked (撤回); maintained → it stands. */
export function answerNoticeObjection(ctx: SupervisionContext, id: string, version: number, outcome: ObjectionOutcome, answer: string): Promise<SupervisionNotice> {
  return step(ctx, id, version, 'supervisor', '复查答复', (n, { now, today: t, by }) => {
    checkAnswer(n);
    const text = checkStepText(answer, 'answer', '复查答复');
    return { objectionOutcome: outcome, answeredOn: t, answeredAt: now, answer: text, answeredBy: by, status: answeredStatus(n, outcome) };
  });
}

/** 整改情况报告 (004 第二十四条第一款): the supervised body; after its 30 days it is accepted and shown late. */
export function reportRectification(ctx: SupervisionContext, id: string, version: number, report: string): Promise<SupervisionNotice> {
  return step(ctx, id, version, 'answerer', '报送整改情况', (n, { now, today: t, by }) => {
    checkReport(n);
    const text = checkStepText(report, 'report', '整改情况');
    return { status: NoticeStatus.REPORTED, reportedOn: t, reportedAt: now, report: text, reportedBy: by };
  });
}

/** 核验整改情况: the supervisor accepts the rectification, or not (拒不改正 / 未整改到位, 004 第二十五条). */
export function verifyRectification(ctx: SupervisionContext, id: string, version: number, accepted: boolean, opinion: string): Promise<SupervisionNotice> {
  return step(ctx, id, version, 'supervisor', '核验整改情况', (n, { now, today: t, by }) => {
    checkVerification(n);
    const text = checkStepText(opinion, 'opinion', '核验意见');
    return { status: verifiedStatus(accepted), verifiedOn: t, verifiedAt: now, verification: text, verifiedBy: by };
  });
}

const ORDER_COLUMN: Record<NoticeOrderField, string> = { ISSUED_AT: 'issuedAt', NUMBER: 'year', STATUS: 'status', RECTIFICATION_DUE_ON: 'rectifyDueOn' };

/** The list condition of the `overdue` filter on `today` (the same as `isOverdue`). */
function overdueCondition(t: LocalDate): FilterQuery<SupervisionNotice> {
  return {
    $or: [
      { status: NoticeStatus.RECEIVED, rectifyDueOn: { $lt: t } },
      { objectedOn: { $ne: null }, answeredOn: null, answerDueOn: { $lt: t } },
    ],
  };
}

/** The rectification deadline in `state` on `today` (DONE: reported, or the notice revoked). */
function rectificationStateCondition(state: DueState, t: LocalDate): FilterQuery<SupervisionNotice> {
  const pending = { status: NoticeStatus.RECEIVED };
  switch (state) {
    case DueState.DONE: return { status: { $in: [NoticeStatus.REPORTED, NoticeStatus.ACCEPTED, NoticeStatus.NOT_ACCEPTED, NoticeStatus.REVOKED] }, rectifyDueOn: { $ne: null } };
    case DueState.OVERDUE: return { ...pending, rectifyDueOn: { $lt: t } };
    case DueState.DUE_SOON: return { ...pending, rectifyDueOn: { $gte: t, $lte: dueSoonUntil(t) } };
    case DueState.OK: return { ...pending, rectifyDueOn: { $gt: dueSoonUntil(t) } };
  }
}

const date = (v: string, field: string) => {
  if (!isLocalDate(v)) throw new DomainError(ErrorCode.BAD_USER_INPUT, '日期格式应为 YYYY-MM-DD', { field });
  return v;
};

/** The notices the caller may read, paged, filtered and sorted (`overdue` and due states on today's date of the kit clock). */
export async function listNotices(ctx: SupervisionContext, filter: NoticeFilter | null | undefined, order: NoticeOrder | null | undefined, page: PageArgs): Promise<NoticeList> {
  const { em, identity, clock } = ctx;
  requireLogin(identity);
  const visible = supervisionVisibility<SupervisionNotice>(identity);
  if (!visible) throw forbidden('您没有查看监督通知书的权限');
  const t = today(clock);
  const and: FilterQuery<SupervisionNotice>[] = [
    visible,
    ...commonConditions<SupervisionNotice>(filter, (like) => ({ $or: [{ number: { $ilike: like } }, { facts: { $ilike: like } }, { requirement: { $ilike: like } }] })),
  ];
  if (filter?.status) and.push({ status: filter.status });
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.ground) and.push({ grounds: { $contains: [filter.ground] } } as FilterQuery<SupervisionNotice>);
  if (filter?.overdue === true) and.push(overdueCondition(t));
  if (filter?.overdue === false) and.push({ $not: overdueCondition(t) } as FilterQuery<SupervisionNotice>);
  if (filter?.rectificationDueState) and.push(rectificationStateCondition(filter.rectificationDueState, t));
  if (filter?.caseId) {
    const [caseId] = checkIds([filter.caseId], 'caseId');
    and.push({ id: { $in: em.createQueryBuilder(NoticeCase, 'l').select('noticeId').where({ caseId }) } } as never);
  }
  if (filter?.complaintId) {
    const [complaintId] = checkIds([filter.complaintId], 'complaintId');
    and.push({ id: { $in: em.createQueryBuilder(NoticeComplaint, 'l').select('noticeId').where({ complaintId }) } } as never);
  }
  if (filter?.issuedFrom) and.push({ issuedOn: { $gte: date(filter.issuedFrom, 'issuedFrom') } });
  if (filter?.issuedTo) and.push({ issuedOn: { $lte: date(filter.issuedTo, 'issuedTo') } });
  const sort = sortOf(ORDER_COLUMN, order, NoticeOrderField.ISSUED_AT, SortDirection.DESC, order?.field === NoticeOrderField.RECTIFICATION_DUE_ON);
  if (order?.field === NoticeOrderField.NUMBER) sort.splice(1, 0, { seq: Object.values(sort[0]!)[0]! });
  return findPage(em, SupervisionNotice, and, sort, page);
}

/** Whether the caller may act as the supervisor / the supervised body on this notice (for `availableActions`). */
export async function noticeRoles(em: EntityManager, identity: Identity, n: SupervisionNotice): Promise<{ supervisor: boolean; answerer: boolean }> {
  const supervisor = hasRole(identity, 'SUPERVISOR') ? await maySupervise(em, identity, n.agencyId) : false;
  const answerer = hasRole(identity, 'AGENCY_ADMIN') ? await mayAnswerFor(em, identity, n.agencyId) : false;
  return { supervisor, answerer };
}

/** What each unique constraint of notices and decisions protects, for the DUPLICATE answer. */
export const NOTICE_UNIQUE_MESSAGES = {
  supervision_notice_number_unique: { field: 'number', message: '通知书文号重复，请重新提交' },
  supervision_decision_number_unique: { field: 'number', message: '决定书文号重复，请重新提交' },
  notice_case_unique: { field: 'caseIds', message: '同一案件不能重复关联' },
  notice_complaint_unique: { field: 'complaintIds', message: '同一投诉举报不能重复关联' },
};
