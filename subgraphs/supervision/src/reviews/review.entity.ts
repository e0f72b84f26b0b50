import { ArrayType, DeferMode, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Criterion, FindingReason, Recusal, Reviewer, Score, StepViolation } from './review.rules.js';

/**
 * 评查标准 (a versioned set of review criteria, 003 第15条; 004 第九条): stored as data, never edited — a new weighting
 * is a new version, so the scores given under an old one keep their meaning; each batch pins the version it uses.
 */
@ObjectType({ description: '案卷评查标准 (a versioned set of case-file review criteria, 003 第15条: 主体、权限、内容、程序、决定、制度落实; 004 第九条); never edited, a change is a new version' })
@Entity({ tableName: 'review_criteria_set' })
export class ReviewCriteriaSet {
  @Field(() => Int, { description: '版本 (version, from 1)' })
  @PrimaryKey({ type: 'integer', autoincrement: false })
  version!: number;

  @Field({ description: '名称 (title), e.g. 行政执法案卷评查标准（第1版）' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: '依据 (where the criteria come from: document and article)' })
  @Property({ type: 'text' })
  source!: string;

  /** The criteria, in order (ReviewCriterion). */
  @Property({ type: 'json' })
  items!: Criterion[];

  @Field(() => Int, { description: '问题线 (a case whose result is below this is a finding)' })
  @Property({ type: 'integer' })
  findingBelow!: number;

  @Field(() => Date, { description: '制定时间 (created at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field({ description: '制定人 (created by)' })
  @Property({ type: 'text' })
  createdBy!: string;
}

export enum ReviewBatchStatus {
  OPEN = 'OPEN',
  CONCLUDED = 'CONCLUDED',
}
registerEnumType(ReviewBatchStatus, {
  name: 'ReviewBatchStatus',
  description: '评查批次状态 (status of a review batch)',
  valuesConfig: {
    OPEN: { description: '评查中 (sample drawn; reviewers score, the automatic check runs)' },
    CONCLUDED: { description: '已完成 (results and findings fixed; 监督意见书 may be issued)' },
  },
});

/**
 * 案卷抽查批次 (a quarterly review batch, 003 第15条 市司法局每季度开展一次案卷抽查; 004 第十八条): the scope (an agency
 * and its subtree), the quarter, the candidates (cases decided in it, as cases answered at the drawing), the seed and
 * the sample drawn with it, the reviewers, the pinned criteria version.
 */
@ObjectType({ description: '案卷抽查批次 (a quarterly case-file review batch, 003 第15条; 004 第十八条): scope, quarter, seed, candidates, sample, reviewers, criteria' })
@Entity({ tableName: 'case_review_batch' })
@Index({ name: 'case_review_batch_agency_period_index', properties: ['agencyId', 'year', 'quarter'] })
export class CaseReviewBatch {
  [OptionalProps]?: 'version' | 'status' | 'checkedAt' | 'concludedAt' | 'concludedBy' | 'updatedAt';

  @Field(() => ID, { description: '批次编号 (batch id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '名称 (title), e.g. 2026年第四季度行政执法案卷抽查' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => ID, { description: '评查范围 (the agency whose subtree\'s cases are reviewed)' })
  @Property({ type: 'uuid' })
  agencyId!: string;

  @Field(() => Int, { description: '年度 (year)' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: '季度 (quarter, 1–4)' })
  @Property({ type: 'integer' })
  quarter!: number;

  @Field({ description: '期间起 (first day of the quarter, YYYY-MM-DD)' })
  @Property({ type: 'date' })
  periodFrom!: string;

  @Field({ description: '期间止 (last day of the quarter, YYYY-MM-DD)' })
  @Property({ type: 'date' })
  periodTo!: string;

  @Field(() => Int, { description: '评查标准版本 (criteria version pinned by the batch)' })
  @Property({ type: 'integer' })
  criteriaVersion!: number;

  @Field({ description: '随机种子 (the seed the sample was drawn with; the same seed over the same candidates draws the same cases)' })
  @Property({ type: 'text' })
  seed!: string;

  @Field({ description: '种子是否由监督人员指定 (seed given by the supervisor; otherwise generated at the drawing)' })
  @Property({ type: 'boolean' })
  seedGiven!: boolean;

  @Field({ description: '抽取数量的依据 (how the sample size was set: given, or the default policy)' })
  @Property({ type: 'text' })
  samplePolicy!: string;

  @Field(() => [ID], { description: '候选案卷 (candidates: the cases of the scope decided within the quarter, as cases answered at the drawing), sorted' })
  @Property({ type: ArrayType })
  candidateIds!: string[];

  @Field(() => [ID], { description: '抽中案卷 (the sample, in drawing order)' })
  @Property({ type: ArrayType })
  sampleIds!: string[];

  /** Who reviews, as personnel answered at the drawing (ReviewBatchReviewer). */
  @Property({ type: 'json' })
  reviewers!: (Reviewer & { certificateNumber: string | null })[];

  @Field(() => ReviewBatchStatus, { description: '状态 (status)' })
  @Enum({ items: () => ReviewBatchStatus, default: ReviewBatchStatus.OPEN })
  status: ReviewBatchStatus = ReviewBatchStatus.OPEN;

  @Field(() => Date, { nullable: true, description: '最近一次自动核查时间 (last automatic check)' })
  @Property({ type: 'datetime', nullable: true })
  checkedAt: Date | null = null;

  @Field(() => Date, { description: '抽取时间 (drawn at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field({ description: '组织人 (who drew it)' })
  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Field(() => Date, { nullable: true, description: '完成时间 (concluded at)' })
  @Property({ type: 'datetime', nullable: true })
  concludedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '完成人 (concluded by)' })
  @Property({ type: 'text', nullable: true })
  concludedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version, for concurrent edits)' })
  @Property({ version: true })
  version!: number;
}

/** The stored result of the automatic check of one case. */
export interface StoredCheck {
  checkedAt: string;
  checkedSteps: number;
  unattributedSteps: number;
  violations: StepViolation[];
}

/**
 * 评查案卷 (one sampled case of a batch): the case (its id, and its number and agency as cases answered at the
 * drawing), its handlers then, the reviewers recused from it and why (004 第二十一条), the automatic check, and —
 * fixed when the batch is concluded — its result and findings.
 */
@ObjectType({ description: '评查案卷 (a sampled case of a review batch, 003 第15条): 回避, automatic check, result and findings; staff reading supervision of the case\'s agency' })
@Entity({ tableName: 'case_file_review' })
@Unique({ name: 'case_file_review_batch_case_unique', properties: ['batchId', 'caseId'] })
export class CaseFileReview {
  [OptionalProps]?: 'version' | 'check' | 'result' | 'finding' | 'findingReasons' | 'updatedAt';

  @Field(() => ID, { description: '评查案卷编号 (id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '批次编号 (batch id)' })
  @ManyToOne(() => CaseReviewBatch, { mapToPk: true, fieldName: 'batch_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  batchId!: string;

  @Field(() => Int, { description: '抽取顺序 (position in the sample, from 1)' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => ID, { description: '案件编号 (case id)' })
  @Property({ type: 'uuid' })
  @Index()
  caseId!: string;

  @Field({ description: '案号 (case number, as cases answered at the drawing)' })
  @Property({ type: 'text' })
  caseNumber!: string;

  @Field(() => ID, { description: '办案单位 (agency of the case): the 监督意见书 is addressed to it' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => [ID], { description: '承办人 (every officer who had handled the case at the drawing)' })
  @Property({ type: ArrayType })
  handlerIds!: string[];

  /** 回避 (ReviewRecusal). */
  @Property({ type: 'json' })
  recusals!: Recusal[];

  /** The automatic check, once run (ReviewCheckResult). */
  @Property({ type: 'json', nullable: true })
  check: StoredCheck | null = null;

  /** Fixed at the batch's conclusion (before it, computed from the sheets). */
  @Property({ type: 'double', nullable: true })
  result: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  finding: boolean | null = null;

  @Property({ type: 'json', nullable: true })
  findingReasons: FindingReason[] | null = null;

  @Field(() => Date, { description: '抽取时间 (drawn at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version)' })
  @Property({ version: true })
  version!: number;
}

/** 评查表 (one reviewer's scores of one sampled case), edited only by that reviewer until the batch is concluded. */
@ObjectType({ description: '评查表 (one reviewer\'s scores of one sampled case against the batch\'s criteria); only the reviewer edits it, until the batch is concluded' })
@Entity({ tableName: 'review_sheet' })
@Unique({ name: 'review_sheet_review_reviewer_unique', properties: ['reviewId', 'reviewerId'] })
export class ReviewSheet {
  [OptionalProps]?: 'version' | 'scores' | 'total' | 'submittedAt' | 'updatedAt';

  @Field(() => ID, { description: '评查表编号 (sheet id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '批次编号 (batch id)' })
  @Property({ type: 'uuid' })
  @Index()
  batchId!: string;

  @Field(() => ID, { description: '评查案卷编号 (the sampled case)' })
  @ManyToOne(() => CaseFileReview, { mapToPk: true, fieldName: 'review_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  reviewId!: string;

  @Field(() => ID, { description: '评查人员编号 (reviewer: a 执法监督人员\'s officer record)' })
  @Property({ type: 'uuid' })
  reviewerId!: string;

  @Field({ description: '评查人员 (reviewer\'s name, as personnel answered at the drawing)' })
  @Property({ type: 'text' })
  reviewerName!: string;

  /** Per criterion (ReviewCriterionScore); null until first scored. */
  @Property({ type: 'json', nullable: true })
  scores: Score[] | null = null;

  @Field(() => Int, { nullable: true, description: '合计 (total of the scores); null until scored' })
  @Property({ type: 'integer', nullable: true })
  total: number | null = null;

  @Field(() => Date, { nullable: true, description: '评分时间 (last scored at)' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version: pass it back when scoring)' })
  @Property({ version: true })
  version!: number;
}

export const reviewEntities = [ReviewCriteriaSet, CaseReviewBatch, CaseFileReview, ReviewSheet];
