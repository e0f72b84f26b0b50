import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Enum, Index } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ComplaintChannel {
  PHONE = 'PHONE',
  LETTER = 'LETTER',
  VISIT = 'VISIT',
  ONLINE = 'ONLINE',
  REFERRAL = 'REFERRAL',
}
registerEnumType(ComplaintChannel, {
  name: 'ComplaintChannel',
  description: '投诉举报渠道 (channel through which a complaint came, 004 第八条)',
  valuesConfig: {
    PHONE: { description: '电话 (phone, e.g. the 监督投诉电话)' },
    LETTER: { description: '信函 (letter)' },
    VISIT: { description: '来访 (in person)' },
    ONLINE: { description: '网上 (online)' },
    REFERRAL: { description: '转办 (referred by another body)' },
  },
});

/**
 * DESIGN "Supervision and complaints": received → accepted or rejected with a reason → (a handler assigned) →
 * investigating → concluded with a reply (complaint.rules.ts `COMPLAINT_TRANSITIONS`).
 */
export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  INVESTIGATING = 'INVESTIGATING',
  CONCLUDED = 'CONCLUDED',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: '投诉举报办理状态 (status of a complaint)',
  valuesConfig: {
    RECEIVED: { description: '已登记 (received)' },
    ACCEPTED: { description: '已受理 (accepted)' },
    REJECTED: { description: '不予受理 (rejected, with a reason)' },
    INVESTIGATING: { description: '调查核实中 (investigating)' },
    CONCLUDED: { description: '已办结 (concluded, replied)' },
  },
});

/** 调查核实结论 (what the investigation found), recorded at 办结. */
export enum ComplaintFinding {
  SUBSTANTIATED = 'SUBSTANTIATED',
  PARTLY_SUBSTANTIATED = 'PARTLY_SUBSTANTIATED',
  UNSUBSTANTIATED = 'UNSUBSTANTIATED',
}
registerEnumType(ComplaintFinding, {
  name: 'ComplaintFinding',
  description: '调查核实结论 (what the investigation of a complaint found)',
  valuesConfig: {
    SUBSTANTIATED: { description: '属实 (substantiated)' },
    PARTLY_SUBSTANTIATED: { description: '部分属实 (partly substantiated)' },
    UNSUBSTANTIATED: { description: '不属实 (not substantiated)' },
  },
});

/** 答复方式 (how the complainant was told the result). */
export enum ReplyMethod {
  PHONE = 'PHONE',
  LETTER = 'LETTER',
  IN_PERSON = 'IN_PERSON',
  SMS = 'SMS',
  ONLINE = 'ONLINE',
}
registerEnumType(ReplyMethod, {
  name: 'ReplyMethod',
  description: '答复方式 (how the complainant was given the result of a complaint)',
  valuesConfig: {
    PHONE: { description: '电话答复 (by phone)' },
    LETTER: { description: '书面答复 (in writing, by letter)' },
    IN_PERSON: { description: '当面答复 (in person)' },
    SMS: { description: '短信答复 (by text message)' },
    ONLINE: { description: '网上答复 (online)' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: '投诉举报 (complaint or report) about an agency, an officer or a case (004 第八条)' })
@Entity({ tableName: 'complaint' })
export class Complaint {
  [OptionalProps]?:
    | 'version' | 'anonymous' | 'complainantName' | 'complainantPhone' | 'officerId' | 'status' | 'registeredBy' | 'registeredById'
    | 'complainantAddress' | 'complainantEmail' | 'complainantFingerprint' | 'caseId' | 'handlerId' | 'handlerName' | 'acceptedAt' | 'rejectedAt'
    | 'rejectionReason' | 'assignedAt' | 'investigationStartedAt' | 'concludedAt' | 'finding' | 'reply' | 'repliedVia' | 'repliedOn' | 'updatedAt';

  @Field(() => ID, { description: '投诉编号 (complaint id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '登记号 (registration number), e.g. TS2026-000001' })
  @Property({ unique: true })
  number!: string;

  @Field(() => ComplaintChannel, { description: '渠道 (channel)' })
  @Enum({ items: () => ComplaintChannel })
  channel!: ComplaintChannel;

  @Field({ description: '是否匿名 (anonymous: no complainant details kept)' })
  @Property()
  anonymous: boolean = false;

  /** Protected personal data: returned masked unless the caller handles complaints. */
  @Property({ type: 'string', nullable: true })
  complainantName: string | null = null;

  @Property({ type: 'string', nullable: true })
  complainantPhone: string | null = null;

  @Property({ type: 'text', nullable: true })
  complainantAddress: string | null = null;

  @Property({ type: 'text', nullable: true })
  complainantEmail: string | null = null;

  /**
   * HMAC-SHA256 of the complainant's normalised phone (or, without a phone, e-mail) under a key kept outside the
   * database (complaint.fingerprint.ts): equal for the same complainant, meaningless without the key. Never in
   * the graph; null for an anonymous complaint.
   */
  @Property({ type: 'text', nullable: true })
  @Index()
  complainantFingerprint: string | null = null;

  @Field(() => ID, { description: '被投诉执法主体编号 (agency complained of)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => ID, { nullable: true, description: '被投诉执法人员编号 (officer complained of, if any)' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  officerId: string | null = null;

  @Field(() => ID, { nullable: true, description: '关联案件编号 (the enforcement case the complaint concerns, if any)' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  caseId: string | null = null;

  @Field({ description: '投诉内容 (what the complaint says)' })
  @Property({ type: 'text' })
  content!: string;

  @Field(() => ComplaintStatus, { description: '办理状态 (status)' })
  @Enum({ items: () => ComplaintStatus })
  status: ComplaintStatus = ComplaintStatus.RECEIVED;

  @Field(() => Date, { description: '收到时间 (received at)' })
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Field(() => String, { nullable: true, description: '登记人 (registered by)' })
  @Property({ type: 'string', nullable: true })
  registeredBy: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  registeredById: string | null = null;

  @Field(() => ID, { nullable: true, description: '承办人编号 (the handler: a 执法监督人员, personnel officer record with duty SUPERVISION, 004 第二十条)' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  handlerId: string | null = null;

  @Field(() => String, { nullable: true, description: '承办人姓名 (the handler\'s name as personnel gave it when he was assigned)' })
  @Property({ type: 'text', nullable: true })
  handlerName: string | null = null;

  @Field(() => Date, { nullable: true, description: '受理时间 (accepted at)' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '不予受理时间 (rejected at)' })
  @Property({ type: 'datetime', nullable: true })
  rejectedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '不予受理理由 (why it was not accepted)' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  @Field(() => Date, { nullable: true, description: '指定承办人时间 (when the current handler was assigned)' })
  @Property({ type: 'datetime', nullable: true })
  assignedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '开始调查核实时间 (investigation started at)' })
  @Property({ type: 'datetime', nullable: true })
  investigationStartedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '办结时间 (concluded at)' })
  @Property({ type: 'datetime', nullable: true })
  concludedAt: Date | null = null;

  @Field(() => ComplaintFinding, { nullable: true, description: '调查核实结论 (what the investigation found)' })
  @Enum({ items: () => ComplaintFinding, nullable: true })
  finding: ComplaintFinding | null = null;

  @Field(() => String, { nullable: true, description: '答复内容 (the reply: the result as told to the complainant)' })
  @Property({ type: 'text', nullable: true })
  reply: string | null = null;

  @Field(() => ReplyMethod, { nullable: true, description: '答复方式 (how the complainant was replied to; may be empty for an anonymous complaint)' })
  @Enum({ items: () => ReplyMethod, nullable: true })
  repliedVia: ReplyMethod | null = null;

  @Field(() => String, { nullable: true, description: '答复日期 (the date of the reply, YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  repliedOn: string | null = null;

  @Field(() => Date, { description: '创建时间 (created at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '最后办理时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field({ description: '版本号 (version)' })
  @Property({ version: true })
  version!: number;
}
