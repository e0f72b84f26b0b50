import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Enum, Index } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum CertificateEventKind {
  ISSUED = 'ISSUED',
  RENEWED = 'RENEWED',
  REVIEWED = 'REVIEWED',
  SUSPENDED = 'SUSPENDED',
  SUSPENSION_LIFTED = 'SUSPENSION_LIFTED',
  REVOKED = 'REVOKED',
  CANCELLED = 'CANCELLED',
  RECOVERED = 'RECOVERED',
}
registerEnumType(CertificateEventKind, {
  name: 'CertificateEventKind',
  description: '证件变更类型 (kind of change in a certificate history)',
  valuesConfig: {
    ISSUED: { description: '核发 (issued)' },
    RENEWED: { description: '换发 (renewed)' },
    REVIEWED: { description: '年审 (periodic review passed)' },
    SUSPENDED: { description: '暂扣 (suspended)' },
    SUSPENSION_LIFTED: { description: '提前恢复 (suspension lifted early)' },
    REVOKED: { description: '吊销 (revoked)' },
    CANCELLED: { description: '注销 (cancelled)' },
    RECOVERED: { description: '收回 (physical card recovered)' },
  },
});

/** One dated entry of a certificate's history (DESIGN: actor, time, reason, basis). Append-only. */
@ObjectType({ description: '证件履历 (an entry of a certificate history): who changed what, when, why and on what basis' })
@Entity({ tableName: 'certificate_event' })
export class CertificateEvent {
  [OptionalProps]?: 'effectiveUntil' | 'targetEventId' | 'reason' | 'basis' | 'actorName' | 'actorId';

  @Field(() => ID, { description: '履历编号 (entry id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '证件记录编号 (certificate record id)' })
  @Property({ type: 'uuid' })
  @Index()
  certificateId!: string;

  @Field(() => CertificateEventKind, { description: '变更类型 (kind)' })
  @Enum({ items: () => CertificateEventKind })
  kind!: CertificateEventKind;

  @Field(() => Date, { description: '生效时间 (takes effect at)' })
  @Property({ type: 'datetime' })
  effectiveFrom!: Date;

  @Field(() => Date, { nullable: true, description: '失效时间 (ends at, exclusive) — for a suspension, the instant it ends by itself' })
  @Property({ type: 'datetime', nullable: true })
  effectiveUntil: Date | null = null;

  @Field(() => ID, { nullable: true, description: '所针对的履历 (the entry this one acts on, e.g. the suspension lifted)' })
  @Property({ type: 'uuid', nullable: true })
  targetEventId: string | null = null;

  @Field(() => String, { nullable: true, description: '事由 (reason)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: '依据 (basis: the rule or decision, e.g. 003 第4条 or a sanction)' })
  @Property({ type: 'text', nullable: true })
  basis: string | null = null;

  @Field(() => String, { nullable: true, description: '操作人 (actor)' })
  @Property({ type: 'string', nullable: true })
  actorName: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field(() => Date, { description: '登记时间 (recorded at)' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;
}
