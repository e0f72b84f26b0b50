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

/** DESIGN "Supervision and complaints": received → accepted or rejected with a reason → investigating → concluded. */
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

@Directive('@key(fields: "id")')
@ObjectType({ description: '投诉举报 (complaint or report) about an agency, an officer or a case (004 第八条)' })
@Entity({ tableName: 'complaint' })
export class Complaint {
  [OptionalProps]?: 'version' | 'anonymous' | 'complainantName' | 'complainantPhone' | 'officerId' | 'status' | 'registeredBy' | 'registeredById';

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

  @Field(() => ID, { description: '被投诉执法主体编号 (agency complained of)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => ID, { nullable: true, description: '被投诉执法人员编号 (officer complained of, if any)' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  officerId: string | null = null;

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

  @Field(() => Date, { description: '创建时间 (created at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field({ description: '版本号 (version)' })
  @Property({ version: true })
  version!: number;
}
