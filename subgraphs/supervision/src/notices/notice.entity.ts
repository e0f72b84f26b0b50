import { DeferMode, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { StoredDeadline } from '@jiandu/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Complaint } from '../complaints/complaint.entity.js';
import { NoticeGround, NoticeStatus, ObjectionOutcome } from './notice.enums.js';

/**
 * 《行政执法监督通知书》 (004 第二十三条, 第二十四条): issued by a supervision body to an agency it supervises, on one
 * or more of the seven grounds, with the facts and what must be corrected; its number comes from the issuing
 * body's NOTICE series (监通〔2026〕3号). Each state is dated with who; the date of receipt starts the three clocks
 * of 第二十四条, each stored with the rule that set it (`*Deadline`, kit `statutoryDeadline`) beside its due date
 * (`*DueOn`, for the lists' SQL).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '行政执法监督通知书 (supervision notice, 004 第二十三条、第二十四条): supervisors and administrators of the supervised agency\'s subtree' })
@Entity({ tableName: 'supervision_notice' })
@Unique({ name: 'supervision_notice_number_unique', properties: ['issuerId', 'year', 'seq'] })
@Index({ name: 'supervision_notice_agency_issued_index', properties: ['agencyId', 'issuedAt'] })
export class SupervisionNotice {
  [OptionalProps]?: 'version' | 'status' | 'sourceOpinionId' | 'receivedOn' | 'receiptRecordedAt' | 'receiptRecordedBy' | 'rectifyDueOn' | 'rectifyDeadline'
    | 'objectionDueOn' | 'objectionDeadline' | 'reportedOn' | 'reportedAt' | 'report' | 'reportedBy' | 'verifiedOn' | 'verifiedAt' | 'verification' | 'verifiedBy'
    | 'objectedOn' | 'objectedAt' | 'objectionReason' | 'objectedBy' | 'answerDueOn' | 'answerDeadline' | 'answeredOn' | 'answeredAt' | 'answer' | 'answeredBy'
    | 'objectionOutcome' | 'updatedAt';

  @Field(() => ID, { description: '通知书编号 (notice id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '文号 (document number in the issuing body\'s series), e.g. 监通〔2026〕3号' })
  @Property({ type: 'text' })
  number!: string;

  @Field(() => Int, { description: '年度 (year of the series)' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: '年度序号 (sequence in the series, from 1, no gaps)' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => ID, { description: '监督机关编号 (issuing body: the supervisor\'s agency)' })
  @Property({ type: 'uuid' })
  issuerId!: string;

  @Field({ description: '监督机关 (issuing body\'s name when issued, as printed on the document)' })
  @Property({ type: 'text' })
  issuerName!: string;

  @Field(() => ID, { description: '被监督机关编号 (supervised agency, the addressee)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => [NoticeGround], { description: '情形 (grounds: one or more of the seven of 004 第二十三条)' })
  @Enum({ items: () => NoticeGround, array: true })
  grounds!: NoticeGround[];

  @Field({ description: '查明的事实 (facts found)' })
  @Property({ type: 'text' })
  facts!: string;

  @Field({ description: '整改要求 (what must be corrected)' })
  @Property({ type: 'text' })
  requirement!: string;

  @Field(() => ID, { nullable: true, description: '来源监督意见书 (the 监督意见书 this notice escalates, when it does; 003 第15条)' })
  @Property({ type: 'uuid', nullable: true })
  sourceOpinionId: string | null = null;

  @Field(() => NoticeStatus, { description: '状态 (status)' })
  @Enum({ items: () => NoticeStatus })
  @Index()
  status: NoticeStatus = NoticeStatus.ISSUED;

  @Field({ description: '下发日期 (issued on, YYYY-MM-DD): the document\'s date' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => Date, { description: '下发时间 (issued at)' })
  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Field({ description: '签发人 (the supervisor who issued it)' })
  @Property({ type: 'text' })
  issuedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  issuedById!: string | null;

  @Field(() => String, { nullable: true, description: '送达日期 (date of receipt, YYYY-MM-DD): starts the 30-, 7- and (on objection) 15-day clocks of 004 第二十四条' })
  @Property({ type: 'date', nullable: true })
  receivedOn: string | null = null;

  @Field(() => Date, { nullable: true, description: '送达登记时间 (when the receipt was recorded)' })
  @Property({ type: 'datetime', nullable: true })
  receiptRecordedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '送达登记人 (who recorded the receipt)' })
  @Property({ type: 'text', nullable: true })
  receiptRecordedBy: string | null = null;

  /** 整改期限 (004 第二十四条第一款): due date, for the lists' SQL. */
  @Property({ type: 'date', nullable: true })
  @Index()
  rectifyDueOn: string | null = null;

  @Property({ type: 'json', nullable: true })
  rectifyDeadline: StoredDeadline | null = null;

  /** 申请复查期限 (004 第二十四条第二款). */
  @Property({ type: 'date', nullable: true })
  objectionDueOn: string | null = null;

  @Property({ type: 'json', nullable: true })
  objectionDeadline: StoredDeadline | null = null;

  @Field(() => String, { nullable: true, description: '整改情况报送日期 (rectification reported on)' })
  @Property({ type: 'date', nullable: true })
  reportedOn: string | null = null;

  @Field(() => Date, { nullable: true, description: '整改情况报送时间 (reported at)' })
  @Property({ type: 'datetime', nullable: true })
  reportedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '整改情况报告 (the supervised body\'s report of its rectification)' })
  @Property({ type: 'text', nullable: true })
  report: string | null = null;

  @Field(() => String, { nullable: true, description: '报送人 (who reported, for the supervised body)' })
  @Property({ type: 'text', nullable: true })
  reportedBy: string | null = null;

  @Field(() => String, { nullable: true, description: '核验日期 (rectification verified on)' })
  @Property({ type: 'date', nullable: true })
  verifiedOn: string | null = null;

  @Field(() => Date, { nullable: true, description: '核验时间 (verified at)' })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '核验意见 (the supervisor\'s opinion on the rectification)' })
  @Property({ type: 'text', nullable: true })
  verification: string | null = null;

  @Field(() => String, { nullable: true, description: '核验人 (the supervisor who verified)' })
  @Property({ type: 'text', nullable: true })
  verifiedBy: string | null = null;

  @Field(() => String, { nullable: true, description: '申请复查日期 (objection filed — and received by the supervision body — on)' })
  @Property({ type: 'date', nullable: true })
  objectedOn: string | null = null;

  @Field(() => Date, { nullable: true, description: '申请复查时间 (objected at)' })
  @Property({ type: 'datetime', nullable: true })
  objectedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '复查理由 (the supervised body\'s grounds of objection)' })
  @Property({ type: 'text', nullable: true })
  objectionReason: string | null = null;

  @Field(() => String, { nullable: true, description: '申请人 (who objected, for the supervised body)' })
  @Property({ type: 'text', nullable: true })
  objectedBy: string | null = null;

  /** 复查答复期限 (004 第二十四条第二款), from the objection. */
  @Property({ type: 'date', nullable: true })
  answerDueOn: string | null = null;

  @Property({ type: 'json', nullable: true })
  answerDeadline: StoredDeadline | null = null;

  @Field(() => String, { nullable: true, description: '复查答复日期 (objection answered on)' })
  @Property({ type: 'date', nullable: true })
  answeredOn: string | null = null;

  @Field(() => Date, { nullable: true, description: '复查答复时间 (answered at)' })
  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '复查答复 (the supervisor\'s answer)' })
  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Field(() => String, { nullable: true, description: '答复人 (the supervisor who answered)' })
  @Property({ type: 'text', nullable: true })
  answeredBy: string | null = null;

  @Field(() => ObjectionOutcome, { nullable: true, description: '复查结论 (upheld: the notice is revoked; maintained)' })
  @Enum({ items: () => ObjectionOutcome, nullable: true })
  objectionOutcome: ObjectionOutcome | null = null;

  @Field(() => Date, { nullable: true, description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version, for concurrent edits)' })
  @Property({ version: true })
  version!: number;
}

/**
 * A case a notice concerns (notice ↔ case). It carries the notice's agency and issue time so that
 * `EnforcementCase.notices` is one paged, scoped statement for any number of cases.
 */
@Entity({ tableName: 'notice_case' })
@Unique({ name: 'notice_case_unique', properties: ['noticeId', 'caseId'] })
@Index({ name: 'notice_case_case_index', properties: ['caseId', 'issuedAt'] })
export class NoticeCase {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => SupervisionNotice, { mapToPk: true, fieldName: 'notice_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  noticeId!: string;

  /** cases' EnforcementCase id (another subgraph's entity: an id, never a relation). */
  @Property({ type: 'uuid' })
  caseId!: string;

  /** The notice's supervised agency: the read rule's column. */
  @Property({ type: 'uuid' })
  agencyId!: string;

  @Property({ type: 'datetime' })
  issuedAt!: Date;

  /** Position among the notice's cases. */
  @Property({ type: 'integer' })
  seq!: number;
}

/** A complaint a notice follows up (notice ↔ complaint; both supervision's). */
@Entity({ tableName: 'notice_complaint' })
@Unique({ name: 'notice_complaint_unique', properties: ['noticeId', 'complaintId'] })
export class NoticeComplaint {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => SupervisionNotice, { mapToPk: true, fieldName: 'notice_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  noticeId!: string;

  @ManyToOne(() => Complaint, { mapToPk: true, fieldName: 'complaint_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  complaintId!: string;

  @Property({ type: 'integer' })
  seq!: number;
}

export const noticeEntities = [SupervisionNotice, NoticeCase, NoticeComplaint];
