import { DeferMode, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { EnforcementCase } from '../cases/case.entity.js';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { LocalDate, PeriodUnit } from '@jiandu/kit';
import { MatterCategory } from '../matters/matter.entity.js';
import { DecisionKind } from '../cases/case.enums.js';
import { DueState, RedactionKind, type Redaction } from './publicity.rules.js';

/** How a period is counted (kit PeriodUnit), as the graph names it. */
export enum PeriodUnitKind {
  WORKING_DAYS = 'WORKING_DAYS',
  NATURAL_DAYS = 'NATURAL_DAYS',
  NATURAL_MONTHS = 'NATURAL_MONTHS',
}
registerEnumType(PeriodUnitKind, {
  name: 'PeriodUnit',
  description: '期限单位 (how a period is counted, DESIGN "Statutory time")',
  valuesConfig: {
    WORKING_DAYS: { description: '工作日 (working days: weekends and statutory holidays excluded, make-up days included)' },
    NATURAL_DAYS: { description: '日 (natural days; a period ending on a holiday ends on the next working day, 民法典 第二百零三条)' },
    NATURAL_MONTHS: { description: '个月 (natural months, 民法典 第二百零二条)' },
  },
});

export enum PublicationStatus {
  PENDING = 'PENDING',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PublicationStatus, {
  name: 'PublicationStatus',
  description: '公示状态 (where the publication of a decision stands)',
  valuesConfig: {
    PENDING: { description: '待公示 (decided, not yet published)' },
    PUBLISHED: { description: '已公示 (published on the public list)' },
    WITHDRAWN: { description: '已撤下 (withdrawn: the decision was revoked, confirmed illegal or is to be made again, 002 （二）3 事后公开（三）)' },
  },
});


registerEnumType(RedactionKind, {
  name: 'RedactionKind',
  description: '隐去的个人信息类型 (kind of personal data taken out of a published text, 004 第十四条)',
  valuesConfig: {
    ID_NUMBER: { description: '身份证号码 (ID number)' },
    PHONE: { description: '电话号码 (mobile or landline number)' },
    ADDRESS: { description: '住址 (a person\'s address)' },
    PERSON_NAME: { description: '自然人姓名 (a person\'s name, shown as surname + 某)' },
  },
});

@ObjectType('Redaction', { description: '隐去标记 (one piece of personal data taken out of the text to publish, shown to the clerk before publishing)' })
export class RedactionMark implements Redaction {
  @Field(() => RedactionKind, { description: '类型 (kind)' })
  kind!: RedactionKind;

  @Field({ description: '原内容（已遮蔽）(what was there, masked so the preview does not show it in full)' })
  original!: string;

  @Field(() => Int, { description: '起始位置 (where the replacement starts in the redacted text, UTF-16 offset)' })
  start!: number;

  @Field(() => Int, { description: '结束位置 (where it ends, exclusive)' })
  end!: number;

  @Field({ description: '替换为 (what stands in its place)' })
  replacement!: string;
}

/** How a stored deadline was counted, kept so it can be recounted when its calendar becomes final. */
export interface StoredPeriod {
  start: LocalDate;
  amount: number;
  unit: PeriodUnit;
}

/**
 * 备案期限 (an agency's period for filing its major decisions, 004 第十九条): none = the default of 15 days; the
 * agency of seed 000 has 7 working days (000 二（九）). It applies to the agency's subtree unless a lower node sets
 * its own. Changing it never moves a deadline already set: each filing keeps the rule that set it.
 */
@ObjectType({ description: '备案期限设置 (an agency\'s own filing period for major decisions, 004 第十九条); applies to its subtree unless a lower agency sets its own' })
@Entity({ tableName: 'filing_policy' })
@Unique({ name: 'filing_policy_agency_unique', properties: ['agencyId'] })
export class FilingPolicy {
  [OptionalProps]?: 'version' | 'setBy';

  @Field(() => ID, { description: '记录编号 (record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '执法主体编号 (agency that sets it)' })
  @Property({ type: 'uuid' })
  agencyId!: string;

  @Field(() => Int, { description: '期限数值 (amount)' })
  @Property({ type: 'integer' })
  value!: number;

  @Field(() => PeriodUnitKind, { description: '期限单位 (unit)' })
  @Enum({ items: () => PeriodUnitKind })
  unit!: PeriodUnit;

  @Field({ description: '依据 (source: document and article)' })
  @Property({ type: 'text' })
  sourceText!: string;

  @Field(() => String, { nullable: true, description: '设定人 (set by)' })
  @Property({ type: 'text', nullable: true })
  setBy: string | null = null;

  @Field(() => Date, { description: '设定时间 (set at)' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field(() => Int, { description: '版本号 (version, for concurrent edits)' })
  @Property({ version: true })
  version!: number;
}

/**
 * 公示 of one decided case (002 （二）3 事后公开; 004 第十四条): created when the case is decided, with its deadline
 * and the rule that set it; published with a redacted text and a snapshot of the public facts (a publication is
 * a snapshot by nature: later edits of the case or the agency's name do not change what was published); withdrawn
 * when the decision is revoked or confirmed illegal.
 */
@ObjectType({ description: '决定公示 (publication of a case\'s decision, 002 （二）3 事后公开; 004 第十四条): deadline, redacted text and status; staff of the case\'s agency subtree' })
@Entity({ tableName: 'case_publication' })
@Unique({ name: 'case_publication_case_unique', properties: ['caseId'] })
@Index({ name: 'case_publication_status_due_index', properties: ['status', 'dueOn'] })
export class CasePublication {
  [OptionalProps]?: 'version' | 'status' | 'publishedAt' | 'publishedOn' | 'publishedBy' | 'publishedText' | 'redactions' | 'editedByClerk'
    | 'agencyName' | 'matterName' | 'withdrawnAt' | 'withdrawnBy' | 'withdrawnReason' | 'withdrawnBasis' | 'updatedAt' | 'period';

  @Field(() => ID, { description: '公示编号 (publication id; the public list\'s id of the published decision)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '案件编号 (case id)' })
  @ManyToOne(() => EnforcementCase, { mapToPk: true, fieldName: 'case_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  caseId!: string;

  @Field(() => ID, { description: '执法主体编号 (agency that made the decision)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field({ description: '案号 (case number)' })
  @Property({ type: 'text' })
  caseNumber!: string;

  @Field(() => MatterCategory, { description: '执法类别 (category: 许可 and 处罚 are published within 7 working days, others within 20)' })
  @Enum({ items: () => MatterCategory })
  category!: MatterCategory;

  @Field(() => [DecisionKind], { description: '决定种类 (what the decision orders)' })
  @Enum({ items: () => DecisionKind, array: true, default: [] })
  decisionKinds: DecisionKind[] = [];

  @Field({ description: '决定日期 (date of the decision, YYYY-MM-DD): the period runs from it' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Field({ description: '公示截止日 (publish by, inclusive)' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field({ description: '截止日是否为暂定 (provisional: the period reaches past the official holiday calendar)' })
  @Property({ type: 'boolean' })
  provisional!: boolean;

  @Field({ description: '设定截止日的规则 (the rule that set the deadline, e.g. 002 …7个工作日内公开)' })
  @Property({ type: 'text' })
  rule!: string;

  @Field({ description: '所依据的节假日安排 (the holiday calendar the deadline was counted on)' })
  @Property({ type: 'text' })
  calendarBasis!: string;

  /** How the deadline was counted, to recount it when its year's calendar is entered. */
  @Property({ type: 'json', nullable: true })
  period: StoredPeriod | null = null;

  @Field(() => PublicationStatus, { description: '公示状态 (status)' })
  @Enum({ items: () => PublicationStatus, default: PublicationStatus.PENDING })
  status: PublicationStatus = PublicationStatus.PENDING;

  @Field(() => Date, { nullable: true, description: '公示时间 (published at)' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '公示日期 (published on, China date): later than the due date = late' })
  @Property({ type: 'date', nullable: true })
  publishedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '公示人 (published by)' })
  @Property({ type: 'text', nullable: true })
  publishedBy: string | null = null;

  @Field(() => String, { nullable: true, description: '公示文本 (the published text, redacted)' })
  @Property({ type: 'text', nullable: true })
  publishedText: string | null = null;

  @Field(() => [RedactionMark], { description: '隐去标记 (what was taken out of the published text)' })
  @Property({ type: 'json', default: '[]' })
  redactions: Redaction[] = [];

  @Field({ description: '文本经人工修改 (the clerk edited the redacted text before publishing; it was redacted again)' })
  @Property({ type: 'boolean', default: false })
  editedByClerk: boolean = false;

  @Field(() => String, { nullable: true, description: '执法主体名称 (agency name at publication)' })
  @Property({ type: 'text', nullable: true })
  agencyName: string | null = null;

  @Field(() => String, { nullable: true, description: '执法事项名称 (matter name at publication)' })
  @Property({ type: 'text', nullable: true })
  matterName: string | null = null;

  @Field(() => Date, { nullable: true, description: '撤下时间 (withdrawn at)' })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '撤下人 (withdrawn by)' })
  @Property({ type: 'text', nullable: true })
  withdrawnBy: string | null = null;

  @Field(() => String, { nullable: true, description: '撤下原因 (why: 被依法撤销、确认违法或者要求重新作出)' })
  @Property({ type: 'text', nullable: true })
  withdrawnReason: string | null = null;

  @Field(() => String, { nullable: true, description: '撤下依据 (on what basis, e.g. the 监督决定书 number)' })
  @Property({ type: 'text', nullable: true })
  withdrawnBasis: string | null = null;

  @Field(() => Date, { description: '创建时间 (created when the case was decided)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version, for concurrent edits)' })
  @Property({ version: true })
  version!: number;
}

/** 备案 of a major decision (004 第十九条; 000 二（九）): its deadline under the agency's policy then, and when it was filed. */
@ObjectType({ description: '重大执法决定备案 (filing of a major decision, 004 第十九条): deadline with its rule, and when it was filed; staff of the case\'s agency subtree' })
@Entity({ tableName: 'case_filing' })
@Unique({ name: 'case_filing_case_unique', properties: ['caseId'] })
@Index({ name: 'case_filing_filed_due_index', properties: ['filedOn', 'dueOn'] })
export class CaseFiling {
  [OptionalProps]?: 'version' | 'filedOn' | 'filedBy' | 'filedAt' | 'updatedAt' | 'period';

  @Field(() => ID, { description: '备案记录编号 (record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '案件编号 (case id)' })
  @ManyToOne(() => EnforcementCase, { mapToPk: true, fieldName: 'case_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  caseId!: string;

  @Field(() => ID, { description: '执法主体编号 (agency that made the decision)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field({ description: '案号 (case number)' })
  @Property({ type: 'text' })
  caseNumber!: string;

  @Field({ description: '决定日期 (date of the decision): the period runs from it' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Field({ description: '备案截止日 (file by, inclusive)' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field({ description: '截止日是否为暂定 (provisional: the period reaches past the official holiday calendar)' })
  @Property({ type: 'boolean' })
  provisional!: boolean;

  @Field({ description: '设定截止日的规则 (the period and its source in force when the case was decided, e.g. 备案期限 7个工作日（000 二（九）…）)' })
  @Property({ type: 'text' })
  rule!: string;

  @Field({ description: '期限来源 (where the period came from: the agency whose policy applied, or the default of 004 第十九条)' })
  @Property({ type: 'text' })
  periodSource!: string;

  @Field({ description: '所依据的节假日安排 (the holiday calendar the deadline was counted on)' })
  @Property({ type: 'text' })
  calendarBasis!: string;

  @Property({ type: 'json', nullable: true })
  period: StoredPeriod | null = null;

  @Field({ description: '报送对象 (where it is filed, 004 第十九条)' })
  @Property({ type: 'text' })
  recipient!: string;

  @Field(() => String, { nullable: true, description: '备案日期 (filed on, YYYY-MM-DD); null while not filed' })
  @Property({ type: 'date', nullable: true })
  filedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '登记人 (who recorded the filing)' })
  @Property({ type: 'text', nullable: true })
  filedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '登记时间 (recorded at)' })
  @Property({ type: 'datetime', nullable: true })
  filedAt: Date | null = null;

  @Field(() => Date, { description: '创建时间 (created when the case was decided)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version, for concurrent edits)' })
  @Property({ version: true })
  version!: number;
}

export const publicityEntities = [FilingPolicy, CasePublication, CaseFiling];
