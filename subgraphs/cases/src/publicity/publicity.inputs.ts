import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged, type PeriodUnit } from '@jiandu/kit';
import { MatterCategory } from '../matters/matter.entity.js';
import { DecisionKind } from '../cases/case.enums.js';
import { CaseFiling, CasePublication, PeriodUnitKind, PublicationStatus, RedactionMark } from './publicity.entity.js';
import { DueState, type Redaction } from './publicity.rules.js';

// ─── Filing policy ───

@InputType({ description: '备案期限 (a filing period with its source)' })
export class FilingPolicyInput {
  @Field(() => Int, { description: '期限数值 (amount: 1–90 days, or 1–12 months)' })
  value!: number;

  @Field(() => PeriodUnitKind, { description: '期限单位 (unit)' })
  unit!: PeriodUnit;

  @Field({ description: '依据 (source: document and article, e.g. 000 二（九）…7个工作日内…备案)' })
  sourceText!: string;
}

@ObjectType({ description: '适用的备案期限 (the filing period in force for an agency: its own, its nearest ancestor\'s, or the default of 004 第十九条). Changing it does not move deadlines already set: each filing keeps the rule that set it' })
export class EffectiveFilingPolicy {
  @Field(() => ID, { description: '执法主体编号 (agency asked about)' })
  agencyId!: string;

  @Field(() => Int, { description: '期限数值 (amount)' })
  value!: number;

  @Field(() => PeriodUnitKind, { description: '期限单位 (unit)' })
  unit!: PeriodUnit;

  @Field({ description: '依据 (source: document and article)' })
  sourceText!: string;

  @Field({ description: '规则全文 (the rule as stored beside a deadline it sets)' })
  rule!: string;

  @Field(() => ID, { nullable: true, description: '设定单位 (the agency whose setting applies: itself or an ancestor); null for the default of 004 第十九条' })
  setAt!: string | null;

  @Field({ description: '是否为默认值 (the default of 004 第十九条: 15 days)' })
  isDefault!: boolean;

  @Field(() => Int, { nullable: true, description: '本单位设置的版本号 (version of this agency\'s own setting, to send back to setFilingPolicy); null when it sets none' })
  version!: number | null;
}

// ─── Staff lists ───

@InputType({ description: '决定公示筛选条件 (publication filter)' })
export class PublicationFilter extends ListFilter('案号、执法事项或公示文本包含 (case number, matter or published text contains)') {
  @Field(() => ID, { nullable: true, description: '执法主体 (agency)' })
  agencyId?: string | null;

  @Field(() => PublicationStatus, { nullable: true, description: '公示状态 (status)' })
  status?: PublicationStatus | null;

  @Field(() => DueState, { nullable: true, description: '期限状态 (where the deadline stands today)' })
  dueState?: DueState | null;
}

export enum PublicityOrderField {
  DUE_ON = 'DUE_ON',
  DECIDED_ON = 'DECIDED_ON',
  CASE_NUMBER = 'CASE_NUMBER',
}
registerEnumType(PublicityOrderField, {
  name: 'PublicityOrderField',
  description: '公示、备案排序字段 (sort field of publications and filings)',
  valuesConfig: { DUE_ON: { description: '截止日 (due date)' }, DECIDED_ON: { description: '决定日期 (decision date)' }, CASE_NUMBER: { description: '案号 (case number)' } },
});

@InputType({ description: '公示、备案排序 (order of publications and filings)' })
export class PublicityOrder extends OrderBy(PublicityOrderField) {}

@ObjectType({ description: '决定公示列表的一页 (a page of publications)' })
export class PublicationList extends Paged(CasePublication, { zh: '决定公示', en: 'publications' }) {}

@InputType({ description: '重大执法决定备案筛选条件 (filing filter)' })
export class FilingFilter extends ListFilter('案号包含 (case number contains)') {
  @Field(() => ID, { nullable: true, description: '执法主体 (agency)' })
  agencyId?: string | null;

  @Field(() => DueState, { nullable: true, description: '期限状态 (where the deadline stands today; DONE = filed)' })
  dueState?: DueState | null;
}

@ObjectType({ description: '重大执法决定备案列表的一页 (a page of filings)' })
export class FilingList extends Paged(CaseFiling, { zh: '备案记录', en: 'filings' }) {}

// ─── The clerk's preview ───

@ObjectType({ description: '公示预览 (the text that would be published, redacted, with the marks of what was taken out)' })
export class PublicationPreview {
  @Field({ description: '隐去个人信息后的文本 (the redacted text)' })
  text!: string;

  @Field(() => [RedactionMark], { description: '隐去标记 (what was taken out, where, masked)' })
  redactions!: Redaction[];
}

// ─── The public ───

@ObjectType({ description: '已公示的行政执法决定 (a published enforcement decision, 002 （二）3 事后公开): public, only what was published' })
export class PublishedDecision {
  @Field(() => ID, { description: '公示编号 (publication id)' })
  id!: string;

  @Field(() => ID, { description: '执法主体编号 (agency id)' })
  agencyId!: string;

  @Field({ description: '执法主体 (agency name at publication)' })
  agencyName!: string;

  @Field({ description: '决定书文号/案号 (case number)' })
  caseNumber!: string;

  @Field({ description: '执法事项 (matter)' })
  matterName!: string;

  @Field(() => MatterCategory, { description: '执法类别 (category)' })
  category!: MatterCategory;

  @Field(() => [DecisionKind], { description: '决定种类 (what the decision orders)' })
  decisionKinds!: DecisionKind[];

  @Field({ description: '决定日期 (date of the decision)' })
  decidedOn!: string;

  @Field({ description: '公示日期 (published on)' })
  publishedOn!: string;

  @Field({ description: '公示内容 (the published text; personal data taken out)' })
  text!: string;
}

@InputType({ description: '已公示决定筛选条件 (published decision filter)' })
export class PublishedDecisionFilter {
  @Field(() => ID, { nullable: true, description: '执法主体 (agency)' })
  agencyId?: string | null;

  @Field(() => MatterCategory, { nullable: true, description: '执法类别 (category)' })
  category?: MatterCategory | null;

  @Field(() => String, { nullable: true, description: '案号、执法主体、执法事项或公示内容包含 (case number, agency, matter or text contains)' })
  search?: string | null;
}

@ObjectType({ description: '已公示决定列表的一页 (a page of published decisions), newest first' })
export class PublishedDecisionList extends Paged(PublishedDecision, { zh: '已公示决定', en: 'published decisions' }) {}

