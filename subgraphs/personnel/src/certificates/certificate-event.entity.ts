import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Enum, Index } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { PeriodUnit } from '@jiandu/kit';

export enum CertificateEventKind {
  ISSUED = 'ISSUED',
  RENEWED = 'RENEWED',
  REVIEWED = 'REVIEWED',
  SUSPENDED = 'SUSPENDED',
  SUSPENSION_LIFTED = 'SUSPENSION_LIFTED',
  REVOKED = 'REVOKED',
  CANCELLED = 'CANCELLED',
  RECOVERED = 'RECOVERED',
  DEADLINE_RECOMPUTED = 'DEADLINE_RECOMPUTED',
}

/** How a stored deadline was counted, kept so it can be recounted when its calendar becomes final. */
export interface StoredPeriod {
  start: string;
  amount: number;
  unit: PeriodUnit;
}

/** Grounds of a 暂扣 (003 第4条), or a sanction decided elsewhere (004 第三十三条). */
export enum SuspensionGround {
  OUTSIDE_FIELD = 'OUTSIDE_FIELD',
  LENT = 'LENT',
  MISUSED = 'MISUSED',
  SANCTION = 'SANCTION',
}
registerEnumType(SuspensionGround, {
  name: 'SuspensionGround',
  description: '暂扣事由 (ground of a suspension, 003 第4条; or a sanction, 004 第三十三条)',
  valuesConfig: {
    OUTSIDE_FIELD: { description: '擅自超出行政执法领域执法 (acted outside his field or region, 003 第4条)' },
    LENT: { description: '将行政执法证交由他用 (lent the certificate, 003 第4条)' },
    MISUSED: { description: '用于行政执法以外其他用途 (used it for anything but enforcement, 003 第4条)' },
    SANCTION: { description: '监督处理决定 (a supervision sanction, 004 第三十三条), cited in the basis' },
  },
});
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
    DEADLINE_RECOMPUTED: { description: '期限重新计算 (a provisional 年审 due date recomputed once the year\'s official holiday arrangement was entered)' },
  },
});

/** One dated entry of a certificate's history (DESIGN: actor, time, reason, basis). Append-only. */
@ObjectType({ description: '证件履历 (an entry of a certificate history): who changed what, when, why and on what basis' })
@Entity({ tableName: 'certificate_event' })
export class CertificateEvent {
  [OptionalProps]?: 'seq' | 'effectiveUntil' | 'targetEventId' | 'reason' | 'basis' | 'actorName' | 'actorId' | 'endsOn' | 'ground' | 'validUntilAfter' | 'reviewDueOn' | 'provisional' | 'rule' | 'period' | 'sanctionId';

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

  @Field(() => String, { nullable: true, description: '暂扣截止日（含）(last day of a suspension, inclusive, YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Field(() => SuspensionGround, { nullable: true, description: '暂扣事由 (ground of a suspension)' })
  @Enum({ items: () => SuspensionGround, nullable: true })
  ground: SuspensionGround | null = null;

  @Field(() => String, { nullable: true, description: '此后有效期至 (valid until after this entry: set by 核发 and 换发)' })
  @Property({ type: 'date', nullable: true })
  validUntilAfter: string | null = null;

  @Field(() => String, { nullable: true, description: '下次年审截止日 (next periodic review due on, set by 核发, 换发 and 年审)' })
  @Property({ type: 'date', nullable: true })
  reviewDueOn: string | null = null;

  @Field({ description: '期限是否为暂定 (the date reaches past the official holiday calendar: provisional, recomputed when a newer calendar is installed)' })
  @Property()
  provisional: boolean = false;

  @Field(() => String, { nullable: true, description: '设定期限的规则 (the policy value and its source that set the period or deadline of this entry)' })
  @Property({ type: 'text', nullable: true })
  rule: string | null = null;

  /** How the review due date was counted (start, amount, unit), to recount it when the calendar is entered. */
  @Property({ type: 'json', nullable: true })
  period: StoredPeriod | null = null;

  @Field(() => ID, { nullable: true, description: '所针对的履历 (the entry this one acts on, e.g. the suspension lifted)' })
  @Property({ type: 'uuid', nullable: true })
  targetEventId: string | null = null;

  @Field(() => String, { nullable: true, description: '事由 (reason)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: '依据 (basis: the rule or decision, e.g. 003 第4条 or a sanction)' })
  @Property({ type: 'text', nullable: true })
  basis: string | null = null;

  /**
   * The supervision sanction (004 第三十三条) this entry carries out — a 暂扣 or 吊销 applied from `sanction.issued`.
   * Unique: a sanction changes a certificate once, whatever happens to its delivery.
   */
  @Field(() => ID, { nullable: true, description: '处理建议书编号 (the supervision sanction this entry carries out, 004 第三十三条; its number is the basis)' })
  @Property({ type: 'uuid', nullable: true, unique: true })
  sanctionId: string | null = null;

  @Field(() => String, { nullable: true, description: '操作人 (actor)' })
  @Property({ type: 'string', nullable: true })
  actorName: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field(() => Date, { description: '登记时间 (recorded at)' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;

  /**
   * Recording order, assigned by the database: entries of one instant (one command, or a pinned clock)
   * keep the order they were recorded in, and a paged history has a total order (its last sort column).
   */
  @Property({ type: 'bigint', autoincrement: true, unique: true })
  seq?: string;
}
