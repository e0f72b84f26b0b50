import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The matters of supervision a 执法监督人员 can withdraw from (004 第二十一条 办理的监督事项). */
export enum RecusalSubjectType {
  COMPLAINT = 'COMPLAINT',
  NOTICE = 'NOTICE',
  REVIEW = 'REVIEW',
  INSPECTION = 'INSPECTION',
  SANCTION = 'SANCTION',
  DECISION = 'DECISION',
}
registerEnumType(RecusalSubjectType, {
  name: 'RecusalSubjectType',
  description: '回避所涉监督事项的种类 (kind of supervision matter a 回避 is about, 004 第二十一条)',
  valuesConfig: {
    COMPLAINT: { description: '投诉举报 (a complaint, 004 第八条)' },
    NOTICE: { description: '行政执法监督通知书 (a supervision notice, 004 第二十三条)' },
    REVIEW: { description: '案卷评查 (a case-file review, 004 第十八条)' },
    INSPECTION: { description: '现场监督 (an on-site supervision, 004 第二十二条)' },
    SANCTION: { description: '对执法人员的处理 (a sanction on an officer, 004 第三十三条)' },
    DECISION: { description: '行政执法监督决定书 (a supervision decision, 004 第二十五条)' },
  },
});

/** The three ways of 004 第二十一条, and the record says which. */
export enum RecusalWay {
  SELF_DECLARED = 'SELF_DECLARED',
  APPLIED = 'APPLIED',
  DECIDED = 'DECIDED',
}
registerEnumType(RecusalWay, {
  name: 'RecusalWay',
  description: '回避的方式 (how a 回避 came about, 004 第二十一条)',
  valuesConfig: {
    SELF_DECLARED: { description: '自行回避 (declared by the supervisor himself, with the conflict)' },
    APPLIED: { description: '申请回避 (applied for by the supervised body or the complainant; decided by the supervisor\'s unit\'s 主要负责人)' },
    DECIDED: { description: '决定回避 (ordered by the 监督机关 when neither happened)' },
  },
});

/** Who may apply (004 第二十一条: 被监督机关、投诉举报人有权申请其回避). */
export enum RecusalApplicant {
  SUPERVISED_BODY = 'SUPERVISED_BODY',
  COMPLAINANT = 'COMPLAINANT',
}
registerEnumType(RecusalApplicant, {
  name: 'RecusalApplicant',
  description: '回避申请人 (who applied for the 回避, 004 第二十一条)',
  valuesConfig: {
    SUPERVISED_BODY: { description: '被监督机关 (the supervised body)' },
    COMPLAINANT: { description: '投诉举报人 (the complainant)' },
  },
});

export enum RecusalStatus {
  PENDING = 'PENDING',
  IN_EFFECT = 'IN_EFFECT',
  REJECTED = 'REJECTED',
}
registerEnumType(RecusalStatus, {
  name: 'RecusalStatus',
  description: '回避状态 (status of a 回避)',
  valuesConfig: {
    PENDING: { description: '待决定 (an application awaiting the 主要负责人\'s decision)' },
    IN_EFFECT: { description: '已回避 (in effect: self-declared, ordered, or an application approved)' },
    REJECTED: { description: '申请被驳回 (an application the 主要负责人 rejected: no 回避)' },
  },
});

/**
 * 回避 (004 第二十一条) of one 执法监督人员 (a personnel officer record, by id) from one matter of supervision;
 * it says which way it came: 自行回避, 申请回避 (then the 主要负责人's decision), or 决定回避.
 */
@ObjectType({ description: '回避记录 (a 执法监督人员\'s withdrawal from one matter of supervision, 004 第二十一条)' })
@Entity({ tableName: 'recusal' })
@Index({ properties: ['subjectType', 'subjectId'] })
// One open 回避 (pending or in effect) per supervisor and matter.
@Index({
  name: 'recusal_open_unique',
  properties: ['officerId', 'subjectType', 'subjectId'],
  expression: `create unique index "recusal_open_unique" on "supervision"."recusal" ("officer_id", "subject_type", "subject_id") where "status" in ('PENDING', 'IN_EFFECT')`,
})
export class Recusal {
  [OptionalProps]?: 'version' | 'applicantKind' | 'applicantName' | 'appliedOn' | 'approved' | 'decidedBy' | 'decidedOn' | 'decisionReason' | 'decisionRecordedBy' | 'updatedAt';

  @Field(() => ID, { description: '回避记录编号 (recusal id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '回避的执法监督人员 (officer id of the supervisor)' })
  @Property({ type: 'uuid' })
  @Index()
  officerId!: string;

  @Field(() => String, { nullable: true, description: '执法监督人员姓名 (his name, as personnel answered when the 回避 was recorded)' })
  @Property({ type: 'text', nullable: true })
  officerName!: string | null;

  @Field(() => RecusalSubjectType, { description: '监督事项种类 (kind of the matter)' })
  @Enum({ items: () => RecusalSubjectType })
  subjectType!: RecusalSubjectType;

  @Field(() => ID, { description: '监督事项编号 (id of the matter)' })
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => ID, { description: '被监督机关 (agency the matter is about; scopes who sees the 回避)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => RecusalWay, { description: '回避方式 (自行回避, 申请回避 or 决定回避)' })
  @Enum({ items: () => RecusalWay })
  way!: RecusalWay;

  @Field(() => RecusalStatus, { description: '状态 (pending, in effect, rejected)' })
  @Enum({ items: () => RecusalStatus })
  status!: RecusalStatus;

  @Field({ description: '回避事由 (grounds: the 利害关系 declared, the applicant\'s grounds, or the 监督机关\'s reasons)' })
  @Property({ type: 'text' })
  grounds!: string;

  @Field(() => RecusalApplicant, { nullable: true, description: '申请人类别 (who applied; 申请回避 only)' })
  @Enum({ items: () => RecusalApplicant, nullable: true })
  applicantKind: RecusalApplicant | null = null;

  /** Personal data when the applicant is a complainant: masked for all but supervisors (recusal.resolver.ts). */
  @Property({ type: 'text', nullable: true })
  applicantName: string | null = null;

  @Field(() => String, { nullable: true, description: '申请日期 (applied on, YYYY-MM-DD; 申请回避 only)' })
  @Property({ type: 'date', nullable: true })
  appliedOn: string | null = null;

  @Field(() => Boolean, { nullable: true, description: '决定结果 (the decision: true 同意回避, false 驳回申请); empty while pending, and for 自行回避' })
  @Property({ type: 'boolean', nullable: true })
  approved: boolean | null = null;

  @Field(() => String, { nullable: true, description: '决定人 (who decided: the 主要负责人 of the supervisor\'s unit for an application, the 监督机关 for 决定回避)' })
  @Property({ type: 'text', nullable: true })
  decidedBy: string | null = null;

  @Field(() => String, { nullable: true, description: '决定日期 (decided on, YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '决定理由 (reasons of the decision; required to reject an application)' })
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  @Field(() => String, { nullable: true, description: '决定登记人 (the account that recorded the decision)' })
  @Property({ type: 'text', nullable: true })
  decisionRecordedBy: string | null = null;

  @Field({ description: '登记人 (the account that recorded the 回避)' })
  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @Field(() => Date, { description: '登记时间 (recorded at)' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;

  @Field(() => Date, { nullable: true, description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version, for concurrent edits)' })
  @Property({ version: true })
  version!: number;
}
