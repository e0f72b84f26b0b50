/**
 * The use cases of 案卷评查 (003 第15条; 004 第十八条): drawing a quarterly batch, scoring, the automatic check,
 * concluding. Each command: authorize → ask the owners (cases, personnel) with the caller's token, outside any lock →
 * lock at the version seen → rules → write (with the change log) in one transaction.
 */
import { requireNotRecused } from '../recusals/recusal.guard.js';
import { RecusalSubjectType } from '../recusals/recusal.entity.js';
import { randomBytes } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  checkId, commonConditions, diff, DomainError, ErrorCode, findPage, forbidden, InputProblems, isUuid, lockForEdit, logChange, newId,
  notFound, projectedSubtreeContains, requireLogin, requireRole, sortOf, SortDirection, today, type Identity, type PageArgs,
} from '@jiandu/kit';
import { SCHEMA } from '../orm.js';
import type { SupervisionContext } from '../context.js';
import { maySupervise, requireSupervisorOf, supervisionVisibility } from '../access/supervision.access.js';
import { CaseFileReview, CaseReviewBatch, ReviewBatchStatus, ReviewCriteriaSet, ReviewSheet, type StoredCheck } from './review.entity.js';
import {
  caseResult, checkCriteria, checkKey, checkQuarter, checkReviewerCount, checkScores, checkSeed, drawSample, eligibleReviewers, findingReasons,
  quarterLabel, quarterPeriod, recusalsFor, requireReviewersPerCase, sampleSize, sheetTotal, stepViolations,
  type CriteriaSet, type EntitlementAnswer, type FindingReason, type Score,
} from './review.rules.js';
import { ReviewBatchOrderField, type CreateReviewBatchInput, type ReviewBatchFilter, type ReviewBatchList, type ReviewCriteriaInput, type ReviewScoreInput } from './review.inputs.js';
import type { EntitlementCheck } from './review.clients.js';

/** The change log's kind of record for a batch (its sheets' scores are logged under the batch). */
export const BATCH_LOG = 'CaseReviewBatch';
const TITLE_MAX = 100;

const actorName = (identity: Identity) => identity.displayName ?? identity.username ?? '未知';
const ORDER_COLUMN: Record<ReviewBatchOrderField, string> = { CREATED_AT: 'createdAt', PERIOD: 'periodFrom' };

/** Batches the caller may read: supervision's one read rule on the batch's scope agency. */
export const batchVisibility = (identity: Identity) => supervisionVisibility<CaseReviewBatch>(identity);
/** Reviewed cases the caller may read: the same rule on the case's agency (the supervised body sees its own). */
export const fileReviewVisibility = (identity: Identity) => supervisionVisibility<CaseFileReview>(identity);

export async function listReviewBatches(em: EntityManager, identity: Identity, filter: ReviewBatchFilter | null | undefined, order: { field: ReviewBatchOrderField; direction?: SortDirection | null } | null | undefined, page: PageArgs): Promise<ReviewBatchList> {
  requireRole(identity);
  const visible = batchVisibility(identity);
  if (!visible) throw forbidden('您没有查看案卷评查的权限');
  const and: FilterQuery<CaseReviewBatch>[] = [visible, ...commonConditions<CaseReviewBatch>(filter, (like) => ({ title: { $ilike: like } }))];
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.year != null) and.push({ year: filter.year });
  if (filter?.quarter != null) and.push({ quarter: filter.quarter });
  if (filter?.status) and.push({ status: filter.status });
  return findPage(em, CaseReviewBatch, and, sortOf(ORDER_COLUMN, order, ReviewBatchOrderField.CREATED_AT, SortDirection.DESC), page);
}

export async function getReviewBatch(em: EntityManager, identity: Identity, id: string): Promise<CaseReviewBatch> {
  requireRole(identity);
  checkId(id, '评查批次');
  const visible = batchVisibility(identity);
  const b = visible ? await em.findOne(CaseReviewBatch, { $and: [{ id }, visible] }) : null;
  if (!b) throw notFound('评查批次', id);
  return b;
}

// ── criteria ───────────────────────────────────────────────────────────────────────────────────────

export async function listCriteria(em: EntityManager, identity: Identity): Promise<ReviewCriteriaSet[]> {
  requireLogin(identity);
  return em.find(ReviewCriteriaSet, {}, { orderBy: { version: 'desc' } });
}

/** A new version of the criteria (reference data: system administrators). Old versions and their scores stay as they are. */
export async function createCriteria(ctx: SupervisionContext, input: ReviewCriteriaInput): Promise<ReviewCriteriaSet> {
  const { em, identity, clock } = ctx;
  requireRole(identity, 'SYSTEM_ADMIN');
  const p = new InputProblems();
  const title = input.title?.trim() ?? '';
  const source = input.source?.trim() ?? '';
  p.check(title.length >= 1 && title.length <= TITLE_MAX, 'title', `请填写名称（不超过 ${TITLE_MAX} 字）`);
  p.check(source.length >= 1 && source.length <= 500, 'source', '请填写依据（不超过 500 字）');
  const items = checkCriteria(p, input.items ?? [], input.findingBelow);
  p.throwIfAny();
  return em.transactional(async (tx) => {
    // Two new versions at once take turns (the lock is held to the commit) and get consecutive numbers.
    await tx.getConnection().execute(`lock table supervision.review_criteria_set in share row exclusive mode`, [], 'run', tx.getTransactionContext());
    const [row] = await tx.getConnection().execute<{ v: number }[]>(`select coalesce(max(version), 0) as v from supervision.review_criteria_set`, [], 'all', tx.getTransactionContext());
    const version = Number(row!.v) + 1;
    const set = tx.create(ReviewCriteriaSet, { version, title, source, items, findingBelow: input.findingBelow, createdAt: clock.now(), createdBy: actorName(identity) });
    await tx.flush();
    return set;
  });
}

const criteriaOf = (set: ReviewCriteriaSet): CriteriaSet => ({ version: set.version, items: set.items, findingBelow: set.findingBelow });

// ── drawing a batch ─────────────────────────────────────────────────────────────────────────────────

/**
 * 003 第15条 (市司法局每季度开展一次案卷抽查): a supervisor of the scope draws a batch for a quarter. The candidates are
 * the cases of the scope's subtree DECIDED within the quarter (whatever their stage now — a case closed later is still
 * one file, of the quarter of its decision; an undecided case has no decision to review yet), as cases answers the
 * caller. The sample is drawn with the seed given or one generated now, both recorded with the candidates. The
 * reviewers must be 执法监督人员 now (004 第二十条), at least two, of the scope's agency or one above it (so that
 * the one read rule lets them read every file they score), and each case keeps two after 回避 (004 第二十一条).
 */
export async function createReviewBatch(ctx: SupervisionContext, input: CreateReviewBatchInput): Promise<CaseReviewBatch> {
  const { em, identity, clock } = ctx;
  requireRole(identity, 'SUPERVISOR');
  const now = clock.now();
  const p = new InputProblems();
  p.check(isUuid(input.agencyId), 'agencyId', '请选择评查范围（执法主体）');
  checkQuarter(p, input.year, input.quarter, today(clock));
  const seedGiven = checkSeed(p, input.seed);
  const title = input.title?.trim() || `${quarterLabel(input.year, input.quarter)}行政执法案卷抽查`;
  p.check(title.length <= TITLE_MAX, 'title', `名称不超过 ${TITLE_MAX} 字`);
  const badReviewer = (input.reviewerIds ?? []).find((id) => !isUuid(id));
  p.check(badReviewer === undefined, 'reviewerIds', '评查人员编号格式不正确');
  p.throwIfAny();
  await requireSupervisorOf(em, identity, input.agencyId, '组织该范围的案卷评查');
  const reviewerIds = checkReviewerCount(input.reviewerIds);
  const criteria = input.criteriaVersion != null
    ? await em.findOne(ReviewCriteriaSet, { version: input.criteriaVersion })
    : (await em.find(ReviewCriteriaSet, {}, { orderBy: { version: 'desc' }, limit: 1 }))[0];
  if (!criteria) throw new DomainError(ErrorCode.NOT_FOUND, `未找到评查标准${input.criteriaVersion != null ? `第${input.criteriaVersion}版` : ''}`, { field: 'criteriaVersion' });

  // 004 第二十条: each reviewer a 执法监督人员 now — asked of personnel, fail closed.
  const credentials = await ctx.loaders.personnel.requireSupervisors(reviewerIds, now, '参加案卷评查');
  const reviewers = reviewerIds.map((id) => {
    const c = credentials.get(id)!;
    return { officerId: id, name: c.officerName ?? id, agencyId: c.agencyId, certificateNumber: c.certificateNumber };
  });
  // A reviewer reads the files he scores under the one read rule: his agency is the scope's or one above it.
  for (const r of reviewers) {
    if (!r.agencyId || !(await projectedSubtreeContains(em, SCHEMA, { agencyId: r.agencyId, agencyPath: null }, input.agencyId))) {
      throw new DomainError(ErrorCode.PRECONDITION_FAILED, `评查人员${r.name}所在单位不管辖该评查范围，无法查阅其案卷；请选择评查范围所在单位或其上级单位的执法监督人员`, { field: 'reviewerIds', officerId: r.officerId });
    }
  }

  const period = quarterPeriod(input.year, input.quarter);
  const candidates = await ctx.loaders.reviews.directory.decidedCaseIds(input.agencyId, period.from, period.to);
  if (!candidates.length) {
    throw new DomainError(ErrorCode.PRECONDITION_FAILED, `${quarterLabel(input.year, input.quarter)}该范围没有作出决定的案件，无案卷可抽查（003 第15条）`, { field: 'quarter' });
  }
  const size = sampleSize(candidates.length, input.sampleSize, p);
  p.throwIfAny();
  const seed = seedGiven ?? randomBytes(8).toString('hex');
  const sample = drawSample(seed, candidates, size.size);
  const facts = await ctx.loaders.reviews.directory.caseSteps(sample);
  const files = facts.map((f) => ({ ...f, recusals: recusalsFor(reviewers, { agencyId: f.agencyId, handlerIds: f.handlerIds }) }));
  requireReviewersPerCase(files, reviewers);

  return em.transactional(async (tx) => {
    const batch = tx.create(CaseReviewBatch, {
      id: newId(), title, agencyId: input.agencyId, year: input.year, quarter: input.quarter, periodFrom: period.from, periodTo: period.to,
      criteriaVersion: criteria.version, seed, seedGiven: seedGiven != null, samplePolicy: size.policy, candidateIds: candidates, sampleIds: sample,
      reviewers, createdAt: now, createdBy: actorName(identity), createdById: identity.userId, updatedAt: now,
    });
    files.forEach((f, i) => {
      const review = tx.create(CaseFileReview, {
        id: newId(), batchId: batch.id, position: i + 1, caseId: f.caseId, caseNumber: f.number, agencyId: f.agencyId, handlerIds: f.handlerIds, recusals: f.recusals, createdAt: now,
      });
      for (const r of eligibleReviewers(reviewers, f.recusals)) tx.create(ReviewSheet, { id: newId(), batchId: batch.id, reviewId: review.id, reviewerId: r.officerId, reviewerName: r.name });
    });
    logChange(tx, identity, now, BATCH_LOG, batch.id, '抽取案卷', diff({}, {
      title, agencyId: input.agencyId, year: input.year, quarter: input.quarter, seed, candidates: candidates.length, sample: files.map((f) => f.number).join('、'),
      reviewers: reviewers.map((r) => r.name).join('、'), criteriaVersion: criteria.version,
    }));
    await tx.flush();
    return batch;
  });
}

// ── scoring ────────────────────────────────────────────────────────────────────────────────────────

const scoreText = (scores: readonly Score[] | null) => (scores ? scores.map((s) => `${s.code}=${s.score}${s.note ? `（${s.note}）` : ''}`).join('；') : null);

/**
 * A reviewer scores a sampled case (003 第15条) against the batch's pinned criteria: only his own sheet (the caller's
 * account is linked to his officer record), only while the batch is open, only while he is a 执法监督人员 (asked now).
 * Each edit is versioned and logged under the batch.
 */
export async function scoreReviewCase(ctx: SupervisionContext, sheetId: string, version: number, input: ReviewScoreInput[]): Promise<ReviewSheet> {
  const { em, identity, clock } = ctx;
  requireRole(identity, 'SUPERVISOR');
  checkId(sheetId, '评查表');
  const now = clock.now();
  const visible = fileReviewVisibility(identity);
  const seen = await em.findOne(ReviewSheet, { id: sheetId });
  const review = seen && visible ? await em.findOne(CaseFileReview, { $and: [{ id: seen.reviewId }, visible] }) : null;
  if (!seen || !review) throw notFound('评查表', sheetId);
  if (!identity.officerId || identity.officerId !== seen.reviewerId) {
    throw new DomainError(ErrorCode.FORBIDDEN, `只有评查人员本人（${seen.reviewerName}）可以填写这张评查表`, { field: 'sheetId' });
  }
  const batch = await em.findOneOrFail(CaseReviewBatch, { id: seen.batchId });
  const criteria = await em.findOneOrFail(ReviewCriteriaSet, { version: batch.criteriaVersion });
  const scores = checkScores(criteriaOf(criteria), (input ?? []).map((s) => ({ code: s.code?.trim() ?? '', score: s.score, note: s.note ?? null })));
  await ctx.loaders.personnel.requireSupervisors([seen.reviewerId], now, '评查评分');
  return em.transactional(async (tx) => {
    const sheet = await lockForEdit(tx, ReviewSheet, sheetId, version, { what: '评查表', label: (s) => `${review.caseNumber}／${s.reviewerName}` });
    const locked = await tx.findOneOrFail(CaseReviewBatch, { id: sheet.batchId });
    if (locked.status !== ReviewBatchStatus.OPEN) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '本批评查已完成，评分不能再修改', { status: locked.status });
    // 004 第二十一条: a reviewer with a 回避 recorded on this batch (self-declared, applied for and approved, or ordered) scores nothing in it
    await requireNotRecused(tx, [sheet.reviewerId], { type: RecusalSubjectType.REVIEW, id: locked.id }, '评查本批案卷');
    const before = { scores: scoreText(sheet.scores), total: sheet.total };
    Object.assign(sheet, { scores, total: sheetTotal(scores), submittedAt: now, updatedAt: now });
    logChange(tx, identity, now, BATCH_LOG, locked.id, `评分：${review.caseNumber}（${sheet.reviewerName}）`, diff(before, { scores: scoreText(scores), total: sheet.total }));
    await tx.flush();
    return sheet;
  });
}

// ── the automatic check ───────────────────────────────────────────────────────────────────────────────

/**
 * 004 第十一条 (持证上岗) for every recorded step of every sampled case: cases tells the steps (who, when), personnel
 * whether each officer was entitled at that instant for the case's field and in its agency's region. The result is
 * stored per case (re-runnable while the batch is open: a later certificate history entry — e.g. a suspension
 * recorded late with an earlier start — shows at the next run).
 */
export async function runReviewCheck(ctx: SupervisionContext, batchId: string, version: number): Promise<CaseReviewBatch> {
  const { em, identity, clock } = ctx;
  requireRole(identity, 'SUPERVISOR');
  const seen = await getReviewBatch(em, identity, batchId);
  if (!(await maySupervise(em, identity, seen.agencyId))) throw new DomainError(ErrorCode.FORBIDDEN, '只有该范围的执法监督人员可以运行自动核查');
  if (seen.status !== ReviewBatchStatus.OPEN) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '本批评查已完成，不能再核查');
  const cases = await ctx.loaders.reviews.directory.caseSteps(seen.sampleIds);
  const checks = new Map<string, EntitlementCheck>();
  for (const c of cases) {
    for (const s of c.steps) if (s.officerId) checks.set(checkKey(c.agencyId, c.field, s.officerId, s.at), { agencyId: c.agencyId, field: c.field, officerId: s.officerId, at: s.at });
  }
  const asked = [...checks.entries()];
  const answered = await ctx.loaders.reviews.directory.entitlementsAt(asked.map(([, q]) => q));
  const answers = new Map<string, EntitlementAnswer>(asked.map(([k], i) => [k, answered[i]!]));
  const now = clock.now();
  const results = new Map(cases.map((c) => {
    const r = stepViolations(c, answers);
    const stored: StoredCheck = { checkedAt: now.toISOString(), checkedSteps: r.checked, unattributedSteps: r.unattributed, violations: r.violations };
    return [c.caseId, stored] as const;
  }));
  return em.transactional(async (tx) => {
    const batch = await lockForEdit(tx, CaseReviewBatch, batchId, version, { what: '评查批次', label: (b) => b.title, logAs: BATCH_LOG });
    if (batch.status !== ReviewBatchStatus.OPEN) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '本批评查已完成，不能再核查');
    const reviews = await tx.find(CaseFileReview, { batchId });
    for (const r of reviews) Object.assign(r, { check: results.get(r.caseId) ?? null, updatedAt: now });
    const violations = [...results.values()].reduce((n, c) => n + c.violations.length, 0);
    logChange(tx, identity, now, BATCH_LOG, batch.id, '自动核查', diff({}, { cases: reviews.length, checkedSteps: [...results.values()].reduce((n, c) => n + c.checkedSteps, 0), violations }));
    Object.assign(batch, { checkedAt: now, updatedAt: now });
    await tx.flush();
    return batch;
  });
}

// ── outcome and conclusion ─────────────────────────────────────────────────────────────────────────────

export interface Outcome {
  result: number | null;
  /** null while it cannot be told yet (a sheet unscored or the check not run, and no reason found so far). */
  finding: boolean | null;
  reasons: FindingReason[];
}

/** A reviewed case's outcome: fixed once the batch is concluded, otherwise computed now from its sheets and check. */
export function outcomeOf(review: CaseFileReview, sheets: readonly ReviewSheet[], criteria: CriteriaSet): Outcome {
  if (review.finding != null) return { result: review.result, finding: review.finding, reasons: review.findingReasons ?? [] };
  const result = caseResult(sheets.map((s) => s.total));
  const reasons = findingReasons(criteria, result, sheets.map((s) => ({ reviewerName: s.reviewerName, scores: s.scores })), review.check?.violations.length ?? 0);
  const complete = result != null && review.check != null;
  return { result, finding: reasons.length ? true : complete ? false : null, reasons };
}

/** 003 第15条: the results are fixed once every sheet is scored and every case checked; then 监督意见书 may be issued. */
export async function concludeReviewBatch(ctx: SupervisionContext, batchId: string, version: number): Promise<CaseReviewBatch> {
  const { em, identity, clock } = ctx;
  requireRole(identity, 'SUPERVISOR');
  const seen = await getReviewBatch(em, identity, batchId);
  if (!(await maySupervise(em, identity, seen.agencyId))) throw new DomainError(ErrorCode.FORBIDDEN, '只有该范围的执法监督人员可以完成评查');
  const now = clock.now();
  return em.transactional(async (tx) => {
    const batch = await lockForEdit(tx, CaseReviewBatch, batchId, version, { what: '评查批次', label: (b) => b.title, logAs: BATCH_LOG });
    if (batch.status !== ReviewBatchStatus.OPEN) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '本批评查已完成');
    const [reviews, sheets, criteria] = await Promise.all([
      tx.find(CaseFileReview, { batchId }, { orderBy: { position: 'asc' } }),
      tx.find(ReviewSheet, { batchId }),
      tx.findOneOrFail(ReviewCriteriaSet, { version: batch.criteriaVersion }),
    ]);
    const unscored = sheets.filter((s) => s.total == null);
    const unchecked = reviews.filter((r) => r.check == null);
    if (unscored.length || unchecked.length) {
      const parts = [
        unscored.length ? `${unscored.length} 张评查表尚未评分（${[...new Set(unscored.map((s) => s.reviewerName))].join('、')}）` : '',
        unchecked.length ? `${unchecked.length} 件案卷尚未自动核查` : '',
      ].filter(Boolean);
      throw new DomainError(ErrorCode.PRECONDITION_FAILED, `尚不能完成评查：${parts.join('；')}`, { unscored: unscored.length, unchecked: unchecked.length });
    }
    let findings = 0;
    for (const r of reviews) {
      const o = outcomeOf(r, sheets.filter((s) => s.reviewId === r.id), criteriaOf(criteria));
      Object.assign(r, { result: o.result, finding: o.finding === true, findingReasons: o.reasons, updatedAt: now });
      if (o.finding) findings++;
    }
    Object.assign(batch, { status: ReviewBatchStatus.CONCLUDED, concludedAt: now, concludedBy: actorName(identity), updatedAt: now });
    logChange(tx, identity, now, BATCH_LOG, batch.id, '完成评查', diff({ status: ReviewBatchStatus.OPEN }, { status: ReviewBatchStatus.CONCLUDED, findings }));
    await tx.flush();
    return batch;
  });
}
