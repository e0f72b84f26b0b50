/**
 * The use cases of the 行政执法监督意见书 (003 第15条; 004 第十八条): issuing it to an agency for its findings in a
 * concluded review batch, the supervised body's rectification report, the supervisor's verdict. Each command:
 * authorize → lock at the version seen → rules → write (with the change log) in one transaction.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  checkId, commonConditions, diff, DomainError, dueStateConditions, ErrorCode, findPage, forbidden, InputProblems, isUuid, lockForEdit, logChange, newId,
  notFound, requireRole, sortOf, SortDirection, today, toLocalDate, type Clock, type Identity, type PageArgs,
} from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { SCHEMA } from '../orm.js';
import { mayAnswerFor, maySupervise, supervisionVisibility } from '../access/supervision.access.js';
import { issuerOf, nextDocumentNumber } from '../documents/document.service.js';
import { SupervisionDocumentKind } from '../documents/document.rules.js';
import { CaseFileReview, ReviewBatchStatus } from '../reviews/review.entity.js';
import { getReviewBatch } from '../reviews/review.service.js';
import { OpinionStatus, SupervisionOpinion, type OpinionFindingRow } from './opinion.entity.js';
import { checkVerdict, defaultRequirements, opinionDeadline, requiredText, requireReportable } from './opinion.rules.js';
import { OpinionOrderField, type IssueReviewOpinionInput, type SupervisionOpinionFilter, type SupervisionOpinionList, type SupervisionOpinionOrder } from './opinion.inputs.js';

/** The change log's kind of record for opinions. */
export const OPINION_LOG = 'SupervisionOpinion';
const ORDER_COLUMN: Record<OpinionOrderField, string> = { ISSUED_AT: 'issuedAt', DUE_ON: 'dueOn' };
const actorName = (identity: Identity) => identity.displayName ?? identity.username ?? '未知';

/** Opinions the caller may read: supervision's one read rule on the supervised agency. */
export const opinionVisibility = (identity: Identity) => supervisionVisibility<SupervisionOpinion>(identity);

export async function listOpinions(em: EntityManager, identity: Identity, clock: Clock, filter: SupervisionOpinionFilter | null | undefined, order: SupervisionOpinionOrder | null | undefined, page: PageArgs): Promise<SupervisionOpinionList> {
  requireRole(identity);
  const visible = opinionVisibility(identity);
  if (!visible) throw forbidden('您没有查看监督意见书的权限');
  const and: FilterQuery<SupervisionOpinion>[] = [visible, ...commonConditions<SupervisionOpinion>(filter, (like) => ({ $or: [{ number: { $ilike: like } }, { agencyName: { $ilike: like } }] }))];
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.batchId) and.push({ batchId: checkId(filter.batchId, '评查批次') });
  if (filter?.status) and.push({ status: filter.status });
  if (filter?.dueState) {
    and.push(dueStateConditions(filter.dueState, today(clock), { done: { status: OpinionStatus.MENDED }, pending: { status: { $ne: OpinionStatus.MENDED } } }) as FilterQuery<SupervisionOpinion>);
  }
  return findPage(em, SupervisionOpinion, and, sortOf(ORDER_COLUMN, order, OpinionOrderField.ISSUED_AT, SortDirection.DESC), page);
}

export async function getOpinion(em: EntityManager, identity: Identity, id: string): Promise<SupervisionOpinion> {
  requireRole(identity);
  checkId(id, '监督意见书');
  const visible = opinionVisibility(identity);
  const o = visible ? await em.findOne(SupervisionOpinion, { $and: [{ id }, visible] }) : null;
  if (!o) throw notFound('监督意见书', id);
  return o;
}

const snapshot = (o: SupervisionOpinion) => ({ status: o.status, dueOn: o.dueOn, reports: o.reports.length, escalatedNoticeNumber: o.escalatedNoticeNumber });

/**
 * 003 第15条 (对发现…不合法的…制发《行政执法监督意见书》，督促执法单位整改): a supervisor of the batch's scope issues one
 * opinion to each agency with findings in the concluded batch — numbered in his body's OPINION series (gapless, taken in
 * this transaction), the findings as printed, the requirements, and the rectification deadline with its rule.
 */
export async function issueReviewOpinion(ctx: SupervisionContext, input: IssueReviewOpinionInput): Promise<SupervisionOpinion> {
  const { em, identity, clock } = ctx;
  requireRole(identity, 'SUPERVISOR');
  const p = new InputProblems();
  p.check(isUuid(input.batchId), 'batchId', '请选择评查批次');
  p.check(isUuid(input.agencyId), 'agencyId', '请选择被监督机关');
  p.throwIfAny();
  const batch = await getReviewBatch(em, identity, input.batchId);
  if (!(await maySupervise(em, identity, batch.agencyId)) || !(await maySupervise(em, identity, input.agencyId))) {
    throw new DomainError(ErrorCode.FORBIDDEN, '只有该范围的执法监督人员可以制发监督意见书', { field: 'agencyId' });
  }
  if (batch.status !== ReviewBatchStatus.CONCLUDED) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '评查完成后才能制发监督意见书（003 第15条）', { field: 'batchId' });
  const files = await em.find(CaseFileReview, { batchId: batch.id, agencyId: input.agencyId, finding: true }, { orderBy: { position: 'asc' } });
  if (!files.length) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '该单位在本批评查中没有发现问题的案卷，无需制发监督意见书', { field: 'agencyId' });
  const findings: OpinionFindingRow[] = files.map((f) => ({ reviewId: f.id, caseId: f.caseId, caseNumber: f.caseNumber, result: f.result, reasons: (f.findingReasons ?? []).map((r) => r.text) }));
  const issuedOn = today(clock);
  const requirements = input.requirements == null || input.requirements.trim() === '' ? defaultRequirements(findings) : requiredText(p, input.requirements, 'requirements', '整改要求');
  const deadline = opinionDeadline(issuedOn, input.rectifyDays, p);
  p.throwIfAny();
  const issuer = await issuerOf(em, identity);
  const [addressee] = await em.getConnection().execute<{ name: string }[]>(`select name from ${SCHEMA}.agency_projection where id = ?`, [input.agencyId]);
  if (!addressee) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '监督子图尚未同步该执法主体，请稍后重试', { field: 'agencyId' });
  const now = clock.now();
  return em.transactional(async (tx) => {
    const year = Number(issuedOn.slice(0, 4));
    const { seq, number } = await nextDocumentNumber(tx, issuer, SupervisionDocumentKind.OPINION, year);
    const o = tx.create(SupervisionOpinion, {
      id: newId(), number, year, seq, batchId: batch.id, agencyId: input.agencyId, agencyName: addressee.name, issuerId: issuer.id, issuerName: issuer.name,
      findings, requirements, issuedOn, issuedAt: now, issuedBy: actorName(identity), issuedById: identity.userId,
      dueOn: deadline!.dueOn, provisional: deadline!.provisional, rule: deadline!.rule, calendarBasis: deadline!.calendarBasis, period: deadline!.period, updatedAt: now,
    });
    logChange(tx, identity, now, OPINION_LOG, o.id, '制发', diff({}, { number, agencyName: addressee.name, findings: findings.length, dueOn: o.dueOn, rule: o.rule }));
    await tx.flush();
    return o;
  });
}

/** 004 第二十四条 (by analogy: 向行政执法监督机关报送整改情况): the supervised body — an agency administrator of its subtree — reports. */
export async function reportOpinionRectification(ctx: SupervisionContext, id: string, version: number, text: string): Promise<SupervisionOpinion> {
  const { em, identity, clock } = ctx;
  requireRole(identity, 'AGENCY_ADMIN');
  const p = new InputProblems();
  const report = requiredText(p, text, 'text', '整改情况');
  const now = clock.now();
  return em.transactional(async (tx) => {
    const o = await lockForEdit(tx, SupervisionOpinion, id, version, { what: '监督意见书', label: (x) => x.number, logAs: OPINION_LOG, visible: async (x) => !!(await getOpinion(tx, identity, x.id).catch(() => null)) });
    if (!(await mayAnswerFor(tx, identity, o.agencyId))) throw new DomainError(ErrorCode.FORBIDDEN, '只有被监督机关（本单位及上级执法主体的管理员）可以报送整改情况');
    p.throwIfAny();
    requireReportable(o);
    const before = snapshot(o);
    o.reports = [...o.reports, { reportedAt: now.toISOString(), reportedOn: toLocalDate(now), reportedBy: actorName(identity), text: report, accepted: null, decidedAt: null, decidedBy: null, note: null }];
    Object.assign(o, { status: OpinionStatus.REPORTED, updatedAt: now });
    logChange(tx, identity, now, OPINION_LOG, o.id, '报送整改情况', diff(before, snapshot(o)));
    await tx.flush();
    return o;
  });
}

/** The supervisor's verdict (003 第15条 督促执法单位整改): accepted → mended; not accepted (with the reason) → a new report is due. */
export async function decideOpinionRectification(ctx: SupervisionContext, id: string, version: number, accepted: boolean, note: string | null | undefined): Promise<SupervisionOpinion> {
  const { em, identity, clock } = ctx;
  requireRole(identity, 'SUPERVISOR');
  const now = clock.now();
  return em.transactional(async (tx) => {
    const o = await lockForEdit(tx, SupervisionOpinion, id, version, { what: '监督意见书', label: (x) => x.number, logAs: OPINION_LOG, visible: async (x) => !!(await getOpinion(tx, identity, x.id).catch(() => null)) });
    if (!(await maySupervise(tx, identity, o.agencyId))) throw new DomainError(ErrorCode.FORBIDDEN, '只有本单位及上级执法主体的执法监督人员可以审核整改情况');
    const verdictNote = checkVerdict(o, accepted, note);
    const before = snapshot(o);
    const reports = [...o.reports];
    reports[reports.length - 1] = { ...reports.at(-1)!, accepted, decidedAt: now.toISOString(), decidedBy: actorName(identity), note: verdictNote };
    Object.assign(o, { reports, status: accepted ? OpinionStatus.MENDED : OpinionStatus.ISSUED, updatedAt: now });
    logChange(tx, identity, now, OPINION_LOG, o.id, accepted ? '认可整改' : '不予认可整改', diff(before, snapshot(o)));
    await tx.flush();
    return o;
  });
}
