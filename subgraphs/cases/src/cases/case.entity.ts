import { OptionalProps } from '@mikro-orm/core';
import { DeferMode } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { EnforcementMatter, MatterCategory } from '../matters/matter.entity.js';
import { CaseStage, DecisionKind, LegalReviewOutcome, MajorGround, PartyKind } from './case.enums.js';
import { CaseCorrectionKind } from '../corrections/correction.rules.js';

/**
 * 行政执法案件 (an enforcement case): registered under a matter of its agency's list, worked by at least two
 * entitled officers through the stages of 000 二(四), with its decision. The case number is assigned in the
 * registering transaction, per agency and year, without gaps (`case_number_counter`).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '行政执法案件 (enforcement case): registration, handlers, stage and decision; staff of its agency\'s subtree' })
@Entity({ tableName: 'enforcement_case' })
@Unique({ name: 'enforcement_case_agency_year_seq_unique', properties: ['agencyId', 'year', 'seq'] })
@Index({ name: 'enforcement_case_agency_stage_index', properties: ['agencyId', 'stage'] })
export class EnforcementCase {
  [OptionalProps]?: 'version' | 'major' | 'majorGrounds' | 'majorBasis' | 'catalogueEntryId' | 'hearingHeld' | 'proposedFineYuan' | 'reviewSubmittedAt'
    | 'decisionKinds' | 'decisionContent' | 'fineYuan' | 'decidedOn' | 'decidedAt' | 'servedOn' | 'executedOn' | 'closedAt' | 'updatedAt'
    | 'correction' | 'correctedByNumber' | 'correctedByBody' | 'correctedByDecisionId' | 'correctedOn' | 'correctionReason' | 'correctedAt';

  @Field(() => ID, { description: '案件编号 (case id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '案号 (case number, per agency and year without gaps), e.g. 〔2026〕0003号' })
  @Property({ type: 'text' })
  number!: string;

  @Field(() => Int, { description: '立案年度 (year of registration)' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: '年度序号 (sequence within the agency and year, from 1, no gaps)' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => ID, { description: '执法主体编号 (agency that registered the case)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => ID, { description: '执法事项编号 (matter of the agency\'s list the case is registered under)' })
  @ManyToOne(() => EnforcementMatter, { mapToPk: true, fieldName: 'matter_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  matterId!: string;

  @Field(() => MatterCategory, { description: '执法类别 (category of the matter at registration, 004 第三条)' })
  @Enum({ items: () => MatterCategory })
  category!: MatterCategory;

  @Field(() => String, { nullable: true, description: '执法领域 (field of the matter at registration): handlers\' certificates must cover it' })
  @Property({ type: 'text', nullable: true })
  field!: string | null;

  @Field({ description: '案由 (what the case is about)' })
  @Property({ type: 'text' })
  cause!: string;

  @Field({ description: '立案日期 (date of registration, YYYY-MM-DD)' })
  @Property({ type: 'date' })
  registeredOn!: string;

  @Field(() => Date, { description: '立案时间 (registered at)' })
  @Property({ type: 'datetime' })
  registeredAt!: Date;

  @Field(() => CaseStage, { description: '当前环节 (current stage)' })
  @Enum({ items: () => CaseStage })
  stage!: CaseStage;

  @Field(() => Date, { description: '进入当前环节的时间 (when the case entered its current stage)' })
  @Property({ type: 'datetime' })
  stageEnteredAt!: Date;

  @Field({ description: '重大执法决定 (major: needs a passing legal review before the decision, 004 第十六条)' })
  @Property({ type: 'boolean', default: false })
  major: boolean = false;

  @Field(() => [MajorGround], { description: '重大情形 (the grounds of 004 第十六条 (一)–(五) recorded for it)' })
  @Enum({ items: () => MajorGround, array: true, default: [] })
  majorGrounds: MajorGround[] = [];

  @Field(() => String, { nullable: true, description: '认定重大的依据说明 (why it is major: the grounds\' facts, or the catalogue entry\'s wording)' })
  @Property({ type: 'text', nullable: true })
  majorBasis: string | null = null;

  @Field(() => ID, { nullable: true, description: '目录条目 (the agency\'s catalogue entry that makes it major, if any)' })
  @Property({ type: 'uuid', nullable: true })
  catalogueEntryId: string | null = null;

  @Field({ description: '举行听证 (a hearing is held: the party asked for one where the law gives the right)' })
  @Property({ type: 'boolean', default: false })
  hearingHeld: boolean = false;

  @Field(() => Int, { nullable: true, description: '拟罚款数额，元 (fine proposed in the 告知, yuan): the catalogue\'s amount threshold reads it' })
  @Property({ type: 'integer', nullable: true })
  proposedFineYuan: number | null = null;

  @Field(() => Date, { nullable: true, description: '提交法制审核时间 (when the open round of legal review was submitted); null when none waits — the reviewer\'s queue is ordered by it' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  reviewSubmittedAt: Date | null = null;

  @Field(() => [DecisionKind], { description: '决定种类 (what the decision orders); empty until decided' })
  @Enum({ items: () => DecisionKind, array: true, default: [] })
  decisionKinds: DecisionKind[] = [];

  @Field(() => String, { nullable: true, description: '决定内容 (the decision\'s text, as served; may hold personal data — the published text is redacted)' })
  @Property({ type: 'text', nullable: true })
  decisionContent: string | null = null;

  @Field(() => Int, { nullable: true, description: '罚款数额，元 (fine decided, yuan)' })
  @Property({ type: 'integer', nullable: true })
  fineYuan: number | null = null;

  @Field(() => String, { nullable: true, description: '决定日期 (date of the decision, YYYY-MM-DD): the 公示 and 备案 periods run from it' })
  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;

  @Field(() => Date, { nullable: true, description: '决定录入时间 (when the decision was recorded)' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '送达日期 (date of service, YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  servedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '执行日期 (date of execution, YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  executedOn: string | null = null;

  @Field(() => Date, { nullable: true, description: '结案归档时间 (closed at)' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  /** 监督纠正 (004 第二十五条): set by supervision's `case-decision.corrected` (corrections/), shown as `correction`. */
  @Enum({ items: () => CaseCorrectionKind, nullable: true })
  correction: CaseCorrectionKind | null = null;

  @Property({ type: 'text', nullable: true })
  correctedByNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  correctedByBody: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  correctedByDecisionId: string | null = null;

  @Property({ type: 'date', nullable: true })
  correctedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  correctionReason: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  correctedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version, for concurrent edits)' })
  @Property({ version: true })
  version!: number;
}

/** The last case number given per agency and year: incremented under a row lock in the registering transaction. */
@Entity({ tableName: 'case_number_counter' })
export class CaseNumberCounter {
  @PrimaryKey({ type: 'uuid' })
  agencyId!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}

/** 当事人 (a party to a case): a person or an organisation; ID number, address and phone masked where not needed. */
@ObjectType({ description: '当事人 (party to a case); ID number, address and phone are masked for readers who do not work the case' })
@Entity({ tableName: 'case_party' })
export class CaseParty {
  [OptionalProps]?: 'idNumber' | 'address' | 'phone';

  @Field(() => ID, { description: '当事人编号 (party id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => EnforcementCase, { mapToPk: true, fieldName: 'case_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  caseId!: string;

  @Field(() => Int, { description: '序号 (position among the parties)' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => PartyKind, { description: '当事人类型 (person or organisation)' })
  @Enum({ items: () => PartyKind })
  kind!: PartyKind;

  @Field({ description: '姓名或名称 (name)' })
  @Property({ type: 'text' })
  name!: string;

  /** Shown through the masked field resolvers only (case-party.resolver.ts). */
  @Property({ type: 'text', nullable: true })
  idNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;
}

/** 承办人 (a handler of a case): an officer named at registration or later; one of them the lead (主办人, 001). */
@ObjectType({ description: '承办人 (handler of a case); one of them is the lead (主办人)' })
@Entity({ tableName: 'case_handler' })
@Index({ name: 'case_handler_officer_index', properties: ['officerId', 'caseId'] })
@Index({ name: 'case_handler_one_lead', properties: ['caseId'], expression: 'create unique index "case_handler_one_lead" on "cases"."case_handler" ("case_id") where "lead" and "released_at" is null' })
@Index({ name: 'case_handler_current_unique', properties: ['caseId', 'officerId'], expression: 'create unique index "case_handler_current_unique" on "cases"."case_handler" ("case_id", "officer_id") where "released_at" is null' })
export class CaseHandler {
  [OptionalProps]?: 'releasedAt';

  @Field(() => ID, { description: '记录编号 (record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '案件编号 (case id)' })
  @ManyToOne(() => EnforcementCase, { mapToPk: true, fieldName: 'case_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  caseId!: string;

  @Field(() => ID, { description: '执法人员编号 (officer id)' })
  @Property({ type: 'uuid' })
  officerId!: string;

  @Field({ description: '姓名 (officer\'s name as personnel gave it when assigned)' })
  @Property({ type: 'text' })
  officerName!: string;

  @Field(() => String, { nullable: true, description: '行政执法证号 (certificate that entitled him when assigned)' })
  @Property({ type: 'text', nullable: true })
  certificateNumber!: string | null;

  @Field({ description: '主办人 (lead handler, 001)' })
  @Property({ type: 'boolean' })
  lead!: boolean;

  @Field(() => Date, { description: '指派时间 (assigned at)' })
  @Property({ type: 'datetime' })
  assignedAt!: Date;

  @Field(() => Date, { nullable: true, description: '调离时间 (released from the case at); null while he works it' })
  @Property({ type: 'datetime', nullable: true })
  releasedAt: Date | null = null;
}

/** 环节流转记录 (a stage transition): every move of a case is recorded with who made it and when (000 二(四)). */
@ObjectType({ description: '环节流转记录 (a recorded stage transition)' })
@Entity({ tableName: 'case_transition' })
export class CaseTransition {
  @Field(() => ID, { description: '记录编号 (record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => EnforcementCase, { mapToPk: true, fieldName: 'case_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  caseId!: string;

  /** The case's version when the move was made: orders the moves of one instant (the clock may stand still in tests). */
  @Property({ type: 'integer' })
  caseVersion!: number;

  @Field(() => CaseStage, { nullable: true, description: '原环节 (stage left; null for the registration)' })
  @Enum({ items: () => CaseStage, nullable: true })
  fromStage!: CaseStage | null;

  @Field(() => CaseStage, { description: '新环节 (stage entered)' })
  @Enum({ items: () => CaseStage })
  toStage!: CaseStage;

  @Field(() => Date, { description: '时间 (when)' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '执法人员编号 (the handler who made the move, when an officer did)' })
  @Property({ type: 'uuid', nullable: true })
  officerId!: string | null;

  @Field({ description: '操作人 (who made the move)' })
  @Property({ type: 'text' })
  actorName!: string;

  @Field(() => String, { nullable: true, description: '说明 (note)' })
  @Property({ type: 'text', nullable: true })
  note!: string | null;
}

/** 法制审核 (one round of legal review of a major case, 004 第十六条): a return sends it back; the next submission is a new round. */
@ObjectType({ description: '法制审核轮次 (a round of legal review, 004 第十六条; 002 三项制度 (四)3)' })
@Entity({ tableName: 'legal_review_round' })
@Unique({ name: 'legal_review_round_case_round_unique', properties: ['caseId', 'round'] })
export class LegalReviewRound {
  [OptionalProps]?: 'outcome' | 'opinion' | 'reviewerUserId' | 'reviewerName' | 'reviewedAt';

  @Field(() => ID, { description: '记录编号 (record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '案件编号 (case id)' })
  @ManyToOne(() => EnforcementCase, { mapToPk: true, fieldName: 'case_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  caseId!: string;

  @Field(() => Int, { description: '轮次 (round, from 1)' })
  @Property({ type: 'integer' })
  round!: number;

  @Field(() => Date, { description: '提交时间 (submitted at): the queue is ordered by it, oldest first' })
  @Property({ type: 'datetime' })
  @Index()
  submittedAt!: Date;

  @Field({ description: '提交人 (handler who submitted)' })
  @Property({ type: 'text' })
  submittedBy!: string;

  @Field(() => LegalReviewOutcome, { nullable: true, description: '审核意见 (outcome); null while waiting' })
  @Enum({ items: () => LegalReviewOutcome, nullable: true })
  outcome: LegalReviewOutcome | null = null;

  @Field(() => String, { nullable: true, description: '审核意见内容 (the opinion; reasons required for a return)' })
  @Property({ type: 'text', nullable: true })
  opinion: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  reviewerUserId: string | null = null;

  @Field(() => String, { nullable: true, description: '审核人 (legal reviewer)' })
  @Property({ type: 'text', nullable: true })
  reviewerName: string | null = null;

  @Field(() => Date, { nullable: true, description: '审核时间 (reviewed at)' })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;
}

export const caseEntities = [EnforcementCase, CaseNumberCounter, CaseParty, CaseHandler, CaseTransition, LegalReviewRound];
