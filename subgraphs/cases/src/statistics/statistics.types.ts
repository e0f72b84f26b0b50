import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MatterCategory } from '../matters/matter.entity.js';
import { DecisionKind } from '../cases/case.enums.js';

@ObjectType({ description: '按执法类别统计 (figures of one category in the year)' })
export class CategoryFigures {
  @Field(() => MatterCategory, { description: '执法类别 (category, 004 第三条)' })
  category!: MatterCategory;

  @Field(() => Int, { description: '立案数 (cases registered in the year)' })
  registered!: number;

  @Field(() => Int, { description: '决定数 (cases decided in the year)' })
  decided!: number;

  @Field(() => Int, { description: '结案数 (cases closed in the year)' })
  closed!: number;
}

@ObjectType({ description: '按执法类别和决定种类统计 (decided cases of one category ordering one kind; a decision of several kinds counts under each)' })
export class OutcomeFigures {
  @Field(() => MatterCategory, { description: '执法类别 (category)' })
  category!: MatterCategory;

  @Field(() => DecisionKind, { description: '决定种类 (decision kind)' })
  decisionKind!: DecisionKind;

  @Field(() => Int, { description: '件数 (cases)' })
  count!: number;
}

/**
 * 行政执法统计年报 (the annual statistics of an agency, 000 二(六), 001 三(四), 002 事后公开 四): due by Jan 31
 * of the next year. Every figure counts the cases of the agency (and, with `includesSubtree`, of the agencies
 * below it) by the date the figure is about: registration, decision, closing, review submission, due date of a
 * publication or filing, filing or outcome of a challenge.
 */
@ObjectType({ description: '行政执法统计年报 (annual enforcement statistics of an agency, 000/001/002: due by Jan 31 of the next year)' })
export class CaseStatistics {
  @Field(() => ID, { description: '执法主体编号 (agency id)' })
  agencyId!: string;

  @Field(() => Int, { description: '统计年度 (year)' })
  year!: number;

  @Field({ description: '含下级执法主体 (the figures include the agencies below it)' })
  includesSubtree!: boolean;

  @Field({ description: '年报报送期限 (due date of the report: Jan 31 of the next year, YYYY-MM-DD; 000 二(六), 001 三(四), 002 事后公开 四)' })
  dueOn!: string;

  @Field({ description: '统计截止日 (the figures are as of this date, YYYY-MM-DD: pending and overdue counts change until the year is over)' })
  asOf!: string;

  @Field(() => Int, { description: '立案数 (cases registered)' })
  registered!: number;

  @Field(() => Int, { description: '作出决定数 (cases decided)' })
  decided!: number;

  @Field(() => Int, { description: '结案数 (cases closed)' })
  closed!: number;

  @Field(() => [CategoryFigures], { description: '按执法类别 (by category), in the order of 004 第三条; categories with no case left out' })
  byCategory!: CategoryFigures[];

  @Field(() => [OutcomeFigures], { description: '按类别和决定种类 (decided cases by category and decision kind)' })
  byOutcome!: OutcomeFigures[];

  @Field(() => Int, { description: '重大执法决定数 (major cases decided, 004 第十六条)' })
  majorDecided!: number;

  @Field(() => Int, { description: '法制审核轮次 (legal review rounds submitted)' })
  legalReviewRounds!: number;

  @Field(() => Int, { description: '审核通过 (rounds passed)' })
  legalReviewsPassed!: number;

  @Field(() => Int, { description: '审核退回 (rounds returned)' })
  legalReviewsReturned!: number;

  @Field(() => Int, { description: '未经法制审核通过即作出的重大决定 (major cases decided without a passing review; should be 0, 004 第十六条)' })
  majorDecidedWithoutReview!: number;

  @Field(() => Int, { nullable: true, description: '应公示决定数 (publications due in the year, 002 事后公开); null while publicity is not installed' })
  publicationsDue!: number | null;

  @Field(() => Int, { nullable: true, description: '已公示 (of those, published)' })
  publicationsPublished!: number | null;

  @Field(() => Int, { nullable: true, description: '按期公示 (published by the due date: 7 or 20 working days, 002)' })
  publicationsOnTime!: number | null;

  @Field(() => Int, { nullable: true, description: '逾期未公示 (not published and past the due date, as of asOf)' })
  publicationsOverdue!: number | null;

  @Field(() => Int, { nullable: true, description: '已撤下 (withdrawn: the decision was revoked or confirmed illegal, 002 事后公开 三)' })
  publicationsWithdrawn!: number | null;

  @Field(() => Int, { nullable: true, description: '应备案数 (filings of major decisions due in the year, 004 第十九条)' })
  filingsDue!: number | null;

  @Field(() => Int, { nullable: true, description: '已备案 (of those, filed)' })
  filingsFiled!: number | null;

  @Field(() => Int, { nullable: true, description: '按期备案 (filed by the due date)' })
  filingsOnTime!: number | null;

  @Field(() => Int, { description: '复议、诉讼案件数 (reconsiderations and suits filed in the year)' })
  challengesFiled!: number;

  @Field(() => Int, { description: '其中行政复议 (of those, reconsiderations)' })
  reconsiderationsFiled!: number;

  @Field(() => Int, { description: '其中行政诉讼 (of those, suits)' })
  litigationsFiled!: number;

  @Field(() => Int, { description: '审理中 (of those, still pending as of asOf)' })
  challengesPending!: number;

  @Field(() => Int, { description: '审结 (reconsiderations and suits concluded in the year)' })
  challengesConcluded!: number;

  @Field(() => Int, { description: '被纠错 (of those concluded, corrected: 变更、撤销、确认违法、确认无效、责令履行, 003 第16条)' })
  challengesCorrected!: number;
}
