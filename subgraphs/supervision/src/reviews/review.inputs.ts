import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged, SortDirection } from '@jiandu/kit';
import { CaseFileReview, CaseReviewBatch, ReviewBatchStatus } from './review.entity.js';

@InputType({ description: '组织一批案卷抽查 (draw a quarterly review batch, 003 第15条)' })
export class CreateReviewBatchInput {
  @Field(() => ID, { description: '评查范围 (the agency whose subtree\'s cases are reviewed; one the caller supervises)' })
  agencyId!: string;

  @Field(() => Int, { description: '年度 (year)' })
  year!: number;

  @Field(() => Int, { description: '季度 (quarter, 1–4; the current one or an earlier one)' })
  quarter!: number;

  @Field(() => [ID], { description: '评查人员 (reviewers: at least two 执法监督人员 holding a valid 执法监督证, by officer id)' })
  reviewerIds!: string[];

  @Field(() => Int, { nullable: true, description: '抽取数量 (sample size); empty: the default policy (10%, at least 5, at most 100)' })
  sampleSize?: number | null;

  @Field(() => String, { nullable: true, description: '随机种子 (seed, 1–64 characters); empty: generated at the drawing and recorded' })
  seed?: string | null;

  @Field(() => Int, { nullable: true, description: '评查标准版本 (criteria version); empty: the newest' })
  criteriaVersion?: number | null;

  @Field(() => String, { nullable: true, description: '名称 (title); empty: 〈年〉第〈季〉度行政执法案卷抽查' })
  title?: string | null;
}

@InputType({ description: '一项评分 (the score of one criterion)' })
export class ReviewScoreInput {
  @Field({ description: '评查项目代码 (criterion code of the batch\'s criteria version)' })
  code!: string;

  @Field(() => Int, { description: '得分 (score, 0..the criterion\'s maximum)' })
  score!: number;

  @Field(() => String, { nullable: true, description: '扣分理由 (why points were deducted; required when they were)' })
  note?: string | null;
}

@InputType({ description: '评查项目 (one criterion of a new criteria version)' })
export class ReviewCriterionInput {
  @Field({ description: '代码 (code, A–Z, 0–9, _), e.g. PROCEDURE' })
  code!: string;

  @Field({ description: '名称 (name)' })
  name!: string;

  @Field(() => Int, { description: '满分 (maximum score; all add up to 100)' })
  maxScore!: number;

  @Field({ defaultValue: '', description: '评查内容 (what is checked)' })
  description: string = '';
}

@InputType({ description: '新版评查标准 (a new version of the review criteria)' })
export class ReviewCriteriaInput {
  @Field({ description: '名称 (title)' })
  title!: string;

  @Field({ description: '依据 (source: document and article)' })
  source!: string;

  @Field(() => [ReviewCriterionInput], { description: '评查项目 (criteria, in order; maxima add up to 100)' })
  items!: ReviewCriterionInput[];

  @Field(() => Int, { description: '问题线 (a result below it is a finding)' })
  findingBelow!: number;
}

@InputType({ description: '评查批次筛选条件 (review batch filter)' })
export class ReviewBatchFilter extends ListFilter('名称包含 (title contains)') {
  @Field(() => ID, { nullable: true, description: '评查范围 (scope agency)' })
  agencyId?: string | null;

  @Field(() => Int, { nullable: true, description: '年度 (year)' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: '季度 (quarter)' })
  quarter?: number | null;

  @Field(() => ReviewBatchStatus, { nullable: true, description: '状态 (status)' })
  status?: ReviewBatchStatus | null;
}

export enum ReviewBatchOrderField {
  CREATED_AT = 'CREATED_AT',
  PERIOD = 'PERIOD',
}
registerEnumType(ReviewBatchOrderField, {
  name: 'ReviewBatchOrderField',
  description: '评查批次排序字段 (review batch sort field)',
  valuesConfig: { CREATED_AT: { description: '抽取时间 (drawn at)' }, PERIOD: { description: '季度 (quarter)' } },
});

@InputType({ description: '评查批次排序 (review batch order)' })
export class ReviewBatchOrder extends OrderBy(ReviewBatchOrderField, SortDirection.DESC) {}

@ObjectType({ description: '评查批次列表的一页 (a page of review batches)' })
export class ReviewBatchList extends Paged(CaseReviewBatch, { zh: '评查批次', en: 'review batches' }) {}

@ObjectType({ description: '评查案卷列表的一页 (a page of reviewed case files)' })
export class CaseFileReviewList extends Paged(CaseFileReview, { zh: '评查案卷', en: 'reviewed case files' }) {}

/** What the caller may do with a batch now (the console offers exactly these). */
export enum ReviewBatchAction {
  CHECK = 'CHECK',
  CONCLUDE = 'CONCLUDE',
  ISSUE_OPINION = 'ISSUE_OPINION',
}
registerEnumType(ReviewBatchAction, {
  name: 'ReviewBatchAction',
  description: '可办理的操作 (an action the caller may take on the batch now)',
  valuesConfig: {
    CHECK: { description: '运行自动核查 (run the automatic check)' },
    CONCLUDE: { description: '完成评查 (conclude: every sheet scored, every case checked)' },
    ISSUE_OPINION: { description: '制发监督意见书 (issue a 监督意见书 to an agency with findings)' },
  },
});
