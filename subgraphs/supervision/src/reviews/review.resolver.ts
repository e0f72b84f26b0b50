import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeLogList, PageArgs } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { maySupervise } from '../access/supervision.access.js';
import { AgencyStub } from '../external/agency.stub.js';
import { CaseStub } from '../external/case.stub.js';
import { OfficerStub } from '../external/officer.stub.js';
import { CaseFileReview, CaseReviewBatch, ReviewBatchStatus, ReviewCriteriaSet, ReviewSheet } from './review.entity.js';
import {
  CaseFileReviewList, CreateReviewBatchInput, ReviewBatchAction, ReviewBatchFilter, ReviewBatchList, ReviewBatchOrder, ReviewCriteriaInput, ReviewScoreInput,
} from './review.inputs.js';
import { drawSample, quarterLabel } from './review.rules.js';
import {
  concludeReviewBatch, createCriteria, createReviewBatch, getReviewBatch, listCriteria, listReviewBatches, outcomeOf, runReviewCheck, scoreReviewCase, type Outcome,
} from './review.service.js';
import { ReviewBatchReviewer, ReviewCheckResult, ReviewCriterion, ReviewCriterionScore, ReviewFindingReason, ReviewRecusal } from './review.types.js';

@Resolver(() => ReviewCriteriaSet)
export class ReviewCriteriaResolver {
  @Query(() => [ReviewCriteriaSet], { description: '案卷评查标准 (every version of the review criteria, newest first); staff' })
  reviewCriteria(@Ctx() ctx: SupervisionContext): Promise<ReviewCriteriaSet[]> {
    return listCriteria(ctx.em, ctx.identity);
  }

  @Mutation(() => ReviewCriteriaSet, { description: '制定新版评查标准 (a new version of the criteria; old versions and the scores given under them do not change); system administrators' })
  createReviewCriteria(@Ctx() ctx: SupervisionContext, @Arg('input', () => ReviewCriteriaInput, { description: '新版标准 (the new version)' }) input: ReviewCriteriaInput): Promise<ReviewCriteriaSet> {
    return createCriteria(ctx, input);
  }

  @FieldResolver(() => [ReviewCriterion], { description: '评查项目 (criteria, in order)' })
  items(@Root() s: ReviewCriteriaSet): ReviewCriterion[] {
    return s.items.map((c) => Object.assign(new ReviewCriterion(), c));
  }

  @FieldResolver(() => Int, { description: '总分 (total of the maxima: 100)' })
  total(@Root() s: ReviewCriteriaSet): number {
    return s.items.reduce((n, c) => n + c.maxScore, 0);
  }
}

@Resolver(() => CaseReviewBatch)
export class ReviewBatchResolver {
  @Query(() => ReviewBatchList, { description: '案卷抽查批次 (review batches the caller may see: supervisors and agency administrators of the scope\'s subtree, the tree-wide roles)' })
  reviewBatches(
    @Ctx() ctx: SupervisionContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ReviewBatchFilter, { nullable: true, description: '筛选 (filter)' }) filter?: ReviewBatchFilter | null,
    @Arg('orderBy', () => ReviewBatchOrder, { nullable: true, description: '排序 (order)' }) orderBy?: ReviewBatchOrder | null,
  ): Promise<ReviewBatchList> {
    return listReviewBatches(ctx.em, ctx.identity, filter, orderBy, page);
  }

  @Query(() => CaseReviewBatch, { description: '一批案卷抽查 (one review batch by id)' })
  reviewBatch(@Ctx() ctx: SupervisionContext, @Arg('id', () => ID, { description: '批次编号 (batch id)' }) id: string): Promise<CaseReviewBatch> {
    return getReviewBatch(ctx.em, ctx.identity, id);
  }

  @Mutation(() => CaseReviewBatch, { description: '组织案卷抽查 (draw a quarterly batch: candidates from cases, the sample with a recorded seed, ≥2 reviewers with 回避; 003 第15条); supervisors of the scope' })
  createReviewBatch(@Ctx() ctx: SupervisionContext, @Arg('input', () => CreateReviewBatchInput, { description: '批次 (the batch)' }) input: CreateReviewBatchInput): Promise<CaseReviewBatch> {
    return createReviewBatch(ctx, input);
  }

  @Mutation(() => CaseReviewBatch, { description: '运行自动核查 (check every recorded step of the sampled cases against the officer\'s entitlement at that instant, 004 第十一条); re-runnable while open' })
  runReviewCheck(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '批次编号 (batch id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
  ): Promise<CaseReviewBatch> {
    return runReviewCheck(ctx, id, version);
  }

  @Mutation(() => CaseReviewBatch, { description: '完成评查 (fix results and findings once every sheet is scored and every case checked, 003 第15条)' })
  concludeReviewBatch(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '批次编号 (batch id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
  ): Promise<CaseReviewBatch> {
    return concludeReviewBatch(ctx, id, version);
  }

  @FieldResolver(() => AgencyStub, { description: '评查范围 (scope agency)' })
  agency(@Root() b: CaseReviewBatch): AgencyStub {
    return { id: b.agencyId };
  }

  @FieldResolver(() => String, { description: '季度 (the quarter in words), e.g. 2026年第四季度' })
  quarterLabel(@Root() b: CaseReviewBatch): string {
    return quarterLabel(b.year, b.quarter);
  }

  @FieldResolver(() => Int, { description: '候选案卷数 (number of candidates)' })
  candidateCount(@Root() b: CaseReviewBatch): number {
    return b.candidateIds.length;
  }

  @FieldResolver(() => Int, { description: '抽取数量 (sample size)' })
  sampleSize(@Root() b: CaseReviewBatch): number {
    return b.sampleIds.length;
  }

  @FieldResolver(() => Boolean, { description: '可复现 (drawing again with the recorded seed over the recorded candidates gives the recorded sample)' })
  sampleReproducible(@Root() b: CaseReviewBatch): boolean {
    const again = drawSample(b.seed, b.candidateIds, b.sampleIds.length);
    return again.length === b.sampleIds.length && again.every((id, i) => id === b.sampleIds[i]);
  }

  @FieldResolver(() => [ReviewBatchReviewer], { description: '评查人员 (reviewers, as personnel answered at the drawing)' })
  reviewers(@Root() b: CaseReviewBatch): ReviewBatchReviewer[] {
    return b.reviewers.map((r) => Object.assign(new ReviewBatchReviewer(), { ...r, certificateNumber: r.certificateNumber ?? null }));
  }

  @FieldResolver(() => ReviewCriteriaSet, { description: '评查标准 (the criteria version the batch pins)' })
  async criteria(@Root() b: CaseReviewBatch, @Ctx() ctx: SupervisionContext): Promise<ReviewCriteriaSet> {
    return (await ctx.loaders.reviews.criteriaByVersion.load(b.criteriaVersion))!;
  }

  @FieldResolver(() => [CaseFileReview], { description: '抽中案卷 (the sampled cases, in drawing order)' })
  files(@Root() b: CaseReviewBatch, @Ctx() ctx: SupervisionContext): Promise<CaseFileReview[]> {
    return ctx.loaders.reviews.filesByBatch.load(b.id);
  }

  @FieldResolver(() => [ID], { description: '有问题案卷的办案单位 (agencies with findings, once concluded: each gets a 监督意见书)' })
  async findingAgencyIds(@Root() b: CaseReviewBatch, @Ctx() ctx: SupervisionContext): Promise<string[]> {
    if (b.status !== ReviewBatchStatus.CONCLUDED) return [];
    return [...new Set((await ctx.loaders.reviews.filesByBatch.load(b.id)).filter((f) => f.finding).map((f) => f.agencyId))];
  }

  @FieldResolver(() => [ReviewBatchAction], { description: '可办理的操作 (what the caller may do now)' })
  async availableActions(@Root() b: CaseReviewBatch, @Ctx() ctx: SupervisionContext): Promise<ReviewBatchAction[]> {
    if (!(await maySupervise(ctx.em, ctx.identity, b.agencyId))) return [];
    if (b.status === ReviewBatchStatus.CONCLUDED) return (await this.findingAgencyIds(b, ctx)).length ? [ReviewBatchAction.ISSUE_OPINION] : [];
    const files = await ctx.loaders.reviews.filesByBatch.load(b.id);
    const sheets = (await Promise.all(files.map((f) => ctx.loaders.reviews.sheetsByFile.load(f.id)))).flat();
    const complete = files.every((f) => f.check != null) && sheets.every((s) => s.total != null);
    return complete ? [ReviewBatchAction.CHECK, ReviewBatchAction.CONCLUDE] : [ReviewBatchAction.CHECK];
  }

  @FieldResolver(() => ChangeLogList, { description: '变更记录 (change log: drawing, scores, checks, conclusion), newest first' })
  changeLog(@Root() b: CaseReviewBatch, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    return ctx.loaders.reviews.changeLogByRecord.load(b.id, page);
  }
}

async function outcome(f: CaseFileReview, ctx: SupervisionContext): Promise<Outcome> {
  const batch = (await ctx.loaders.reviews.anyBatchById.load(f.batchId))!;
  const [criteria, sheets] = await Promise.all([ctx.loaders.reviews.criteriaByVersion.load(batch.criteriaVersion), ctx.loaders.reviews.sheetsByFile.load(f.id)]);
  return outcomeOf(f, sheets, { version: criteria!.version, items: criteria!.items, findingBelow: criteria!.findingBelow });
}

@Resolver(() => CaseFileReview)
export class CaseFileReviewResolver {
  @FieldResolver(() => CaseReviewBatch, { nullable: true, description: '批次 (the batch; null for a reader of the case\'s agency who may not read the batch\'s scope)' })
  batch(@Root() f: CaseFileReview, @Ctx() ctx: SupervisionContext): Promise<CaseReviewBatch | null> {
    return ctx.loaders.reviews.batchById.load(f.batchId);
  }

  @FieldResolver(() => CaseStub, { description: '案件 (the case, from cases; null fields where the caller may not read it)' })
  case(@Root() f: CaseFileReview): CaseStub {
    return { id: f.caseId };
  }

  @FieldResolver(() => AgencyStub, { description: '办案单位 (agency of the case)' })
  agency(@Root() f: CaseFileReview): AgencyStub {
    return { id: f.agencyId };
  }

  @FieldResolver(() => [ReviewRecusal], { description: '回避 (reviewers recused from this case and why, 004 第二十一条)' })
  recusals(@Root() f: CaseFileReview): ReviewRecusal[] {
    return f.recusals.map((r) => Object.assign(new ReviewRecusal(), r));
  }

  @FieldResolver(() => [ReviewSheet], { description: '评查表 (one per reviewer not recused)' })
  sheets(@Root() f: CaseFileReview, @Ctx() ctx: SupervisionContext): Promise<ReviewSheet[]> {
    return ctx.loaders.reviews.sheetsByFile.load(f.id);
  }

  @FieldResolver(() => ReviewCheckResult, { nullable: true, description: '自动核查 (the automatic check; null until run)' })
  check(@Root() f: CaseFileReview): ReviewCheckResult | null {
    if (!f.check) return null;
    return Object.assign(new ReviewCheckResult(), {
      ...f.check,
      checkedAt: new Date(f.check.checkedAt),
      violations: f.check.violations.map((v) => ({ ...v, at: new Date(v.at) })),
    });
  }

  @FieldResolver(() => Float, { nullable: true, description: '评查得分 (result: the average of the reviewers\' totals, one decimal); null until every reviewer scored' })
  async result(@Root() f: CaseFileReview, @Ctx() ctx: SupervisionContext): Promise<number | null> {
    return (await outcome(f, ctx)).result;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '是否发现问题 (a finding: below the criteria\'s line, a criterion scored 0, or a step by an unentitled officer; 003 第15条); null while it cannot be told yet' })
  async finding(@Root() f: CaseFileReview, @Ctx() ctx: SupervisionContext): Promise<boolean | null> {
    return (await outcome(f, ctx)).finding;
  }

  @FieldResolver(() => [ReviewFindingReason], { description: '问题 (the findings, each in words)' })
  async findingReasons(@Root() f: CaseFileReview, @Ctx() ctx: SupervisionContext): Promise<ReviewFindingReason[]> {
    return (await outcome(f, ctx)).reasons.map((r) => Object.assign(new ReviewFindingReason(), r));
  }

  @FieldResolver(() => Boolean, { description: '结果已确定 (fixed: the batch is concluded)' })
  concluded(@Root() f: CaseFileReview): boolean {
    return f.finding != null;
  }
}

@Resolver(() => ReviewSheet)
export class ReviewSheetResolver {
  @Mutation(() => ReviewSheet, { description: '评分 (a reviewer scores a sampled case against the batch\'s criteria: every criterion, a note wherever points are deducted; his own sheet only, until the batch is concluded)' })
  scoreReviewCase(
    @Ctx() ctx: SupervisionContext,
    @Arg('sheetId', () => ID, { description: '评查表编号 (sheet id)' }) sheetId: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('scores', () => [ReviewScoreInput], { description: '各项得分 (a score per criterion)' }) scores: ReviewScoreInput[],
  ): Promise<ReviewSheet> {
    return scoreReviewCase(ctx, sheetId, version, scores);
  }

  @FieldResolver(() => [ReviewCriterionScore], { description: '各项得分 (scores per criterion, in the criteria\'s order); empty until scored' })
  scores(@Root() s: ReviewSheet): ReviewCriterionScore[] {
    return (s.scores ?? []).map((x) => Object.assign(new ReviewCriterionScore(), x));
  }

  @FieldResolver(() => OfficerStub, { description: '评查人员 (the reviewer\'s officer record, from personnel)' })
  reviewer(@Root() s: ReviewSheet): OfficerStub {
    return { id: s.reviewerId };
  }

  @FieldResolver(() => Boolean, { description: '本人评查表 (the caller is this sheet\'s reviewer)' })
  mine(@Root() s: ReviewSheet, @Ctx() ctx: SupervisionContext): boolean {
    return ctx.identity.officerId != null && ctx.identity.officerId === s.reviewerId;
  }
}

/** Contributed to cases' EnforcementCase: the batches' reviews of that case. */
@Resolver(() => CaseStub)
export class CaseFileReviewsResolver {
  @FieldResolver(() => CaseFileReviewList, { description: '案卷评查 (the review batches\' reviews of this case: result, findings), newest first, paged; those the caller may see (003 第15条)' })
  fileReviews(@Root() c: CaseStub, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<CaseFileReviewList> {
    return ctx.loaders.reviews.filesByCase.load(c.id, page);
  }
}

/** Contributed to personnel's Agency: the reviewed case files of the agency's own cases. */
@Resolver(() => AgencyStub)
export class AgencyReviewsResolver {
  @FieldResolver(() => CaseFileReviewList, { description: '案卷评查 (reviewed case files of this agency\'s own cases: result, findings), newest first, paged; those the caller may see (003 第15条)' })
  reviews(@Root() a: AgencyStub, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<CaseFileReviewList> {
    return ctx.loaders.reviews.filesByAgency.load(a.id, page);
  }
}
