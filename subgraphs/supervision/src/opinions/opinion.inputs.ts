import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DueState, ListFilter, OrderBy, Paged, SortDirection } from '@jiandu/kit';
import { OpinionStatus, SupervisionOpinion } from './opinion.entity.js';
import { OpinionAction } from './opinion.rules.js';

registerEnumType(OpinionAction, {
  name: 'SupervisionOpinionAction',
  description: '可办理的操作 (an action the caller may take on the 监督意见书 now)',
  valuesConfig: {
    REPORT: { description: '报送整改情况 (the supervised body reports its rectification)' },
    ACCEPT: { description: '审核整改报告 (the supervisor accepts the report, or not)' },
    ESCALATE: { description: '转为监督通知书 (unmended past its deadline: issue a 监督通知书, 003 第15条; 004 第二十三条)' },
  },
});

@InputType({ description: '制发监督意见书 (issue a 监督意见书 to an agency for its findings in a concluded review batch, 003 第15条)' })
export class IssueReviewOpinionInput {
  @Field(() => ID, { description: '评查批次 (the concluded batch)' })
  batchId!: string;

  @Field(() => ID, { description: '被监督机关 (an agency with findings in it)' })
  agencyId!: string;

  @Field(() => String, { nullable: true, description: '整改要求 (requirements, 4–5000 characters); empty: drawn up from the findings' })
  requirements?: string | null;

  @Field(() => Int, { nullable: true, description: '整改期限，日 (rectification period in days, 1–90); empty: 30 days (004 第二十四条 by analogy)' })
  rectifyDays?: number | null;
}

@InputType({ description: '监督意见书筛选条件 (opinion filter)' })
export class SupervisionOpinionFilter extends ListFilter('文号或主送机关包含 (number or addressee contains)') {
  @Field(() => ID, { nullable: true, description: '被监督机关 (agency)' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: '评查批次 (batch)' })
  batchId?: string | null;

  @Field(() => OpinionStatus, { nullable: true, description: '状态 (status)' })
  status?: OpinionStatus | null;

  @Field(() => DueState, { nullable: true, description: '整改期限状态 (deadline state today: DUE_SOON yellow, OVERDUE red)' })
  dueState?: DueState | null;
}

export enum OpinionOrderField {
  ISSUED_AT = 'ISSUED_AT',
  DUE_ON = 'DUE_ON',
}
registerEnumType(OpinionOrderField, {
  name: 'SupervisionOpinionOrderField',
  description: '监督意见书排序字段 (opinion sort field)',
  valuesConfig: { ISSUED_AT: { description: '制发时间 (issued at)' }, DUE_ON: { description: '整改期限 (due on)' } },
});

@InputType({ description: '监督意见书排序 (opinion order)' })
export class SupervisionOpinionOrder extends OrderBy(OpinionOrderField, SortDirection.DESC) {}

@ObjectType({ description: '监督意见书列表的一页 (a page of 监督意见书)' })
export class SupervisionOpinionList extends Paged(SupervisionOpinion, { zh: '监督意见书', en: 'opinions' }) {}

@ObjectType({ description: '意见书所列问题 (one finding as printed in the 监督意见书)' })
export class SupervisionOpinionFinding {
  @Field(() => ID, { description: '评查案卷编号 (reviewed case file id)' })
  reviewId!: string;

  @Field(() => ID, { description: '案件编号 (case id)' })
  caseId!: string;

  @Field({ description: '案号 (case number)' })
  caseNumber!: string;

  @Field(() => Number, { nullable: true, description: '评查得分 (result)' })
  result!: number | null;

  @Field(() => [String], { description: '问题 (what was wrong, in words)' })
  reasons!: string[];
}

@ObjectType({ description: '整改情况报告 (a rectification report of the supervised body, and the supervisor\'s verdict on it)' })
export class OpinionRectificationReport {
  @Field(() => Date, { description: '报送时间 (reported at)' })
  reportedAt!: Date;

  @Field({ description: '报送日期 (reported on, YYYY-MM-DD): an accepted report on or before the due day is on time' })
  reportedOn!: string;

  @Field({ description: '报送人 (reported by)' })
  reportedBy!: string;

  @Field({ description: '整改情况 (what was done)' })
  text!: string;

  @Field(() => Boolean, { nullable: true, description: '是否认可 (accepted; null while waiting)' })
  accepted!: boolean | null;

  @Field(() => Date, { nullable: true, description: '审核时间 (decided at)' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '审核人 (decided by)' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: '审核意见 (the supervisor\'s note; the reason when not accepted)' })
  note!: string | null;
}
