import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { SanctionEffectState, SanctionGround, SanctionKind } from './sanction.enums.js';

/**
 * 行政执法人员处理建议书 (004 第三十三条): the supervision body's sanction on one officer — on one of the nine grounds,
 * one of the five kinds — addressed to his unit (所在单位). A 暂扣 or 吊销 reaches the certificate in personnel by
 * event (`sanction.issued`), and personnel's answer (`sanction.applied`) is recorded as its `effect`.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '行政执法人员处理建议书 (a sanction on an officer, 004 第三十三条): ground, kind, facts, the unit it is addressed to and, for 暂扣/吊销, its effect on the certificate' })
@Entity({ tableName: 'sanction' })
@Index({ properties: ['issuerId', 'number'] })
export class Sanction {
  [OptionalProps]?: 'version' | 'relatedComplaintIds' | 'relatedCaseIds' | 'effectState' | 'effectCertificateId' | 'effectCertificateNumber' | 'effectEndsOn' | 'effectRule' | 'effectReason' | 'effectAppliedAt' | 'unitDecidedOn' | 'unitDecision' | 'unitDecisionRecordedBy' | 'unitDecisionRecordedAt' | 'issuedById';

  @Field(() => ID, { description: '处理记录编号 (sanction id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '文号 (document number in the issuing body\'s series), e.g. 监处〔2026〕1号' })
  @Property({ type: 'text' })
  number!: string;

  @Field(() => ID, { description: '发文机关编号 (issuing body: the supervisor\'s agency)' })
  @Property({ type: 'uuid' })
  issuerId!: string;

  @Field({ description: '发文机关 (issuing body, the 行政执法监督机关), as printed on the document' })
  @Property({ type: 'text' })
  issuerName!: string;

  @Field(() => ID, { description: '被处理的执法人员编号 (the officer sanctioned)' })
  @Property({ type: 'uuid' })
  @Index()
  officerId!: string;

  @Field(() => ID, { description: '所在单位编号 (the officer\'s agency at issue: the addressee, 004 第三十三条 建议其所在单位…)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field({ description: '所在单位 (the addressee\'s name as printed on the document)' })
  @Property({ type: 'text' })
  agencyName!: string;

  @Field(() => SanctionGround, { description: '处理事由 (ground, one of the nine of 004 第三十三条)' })
  @Enum({ items: () => SanctionGround })
  ground!: SanctionGround;

  @Field(() => SanctionKind, { description: '处理种类 (kind: 批评教育, 离岗培训, 调离执法岗位, 暂扣行政执法证, 吊销行政执法证)' })
  @Enum({ items: () => SanctionKind })
  kind!: SanctionKind;

  @Field({ description: '认定的事实 (the facts found)' })
  @Property({ type: 'text' })
  facts!: string;

  @Field(() => [ID], { description: '相关投诉举报编号 (related complaints)' })
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  relatedComplaintIds: string[] = [];

  @Field(() => [ID], { description: '相关案件编号 (related enforcement cases)' })
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  relatedCaseIds: string[] = [];

  @Field({ description: '生效日期 (takes effect on, YYYY-MM-DD): a 暂扣 runs from this day' })
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Field({ description: '发文日期 (issued on, YYYY-MM-DD, China time)' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => Date, { description: '发文时间 (issued at)' })
  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Field({ description: '承办的执法监督人员 (the supervisor who issued it)' })
  @Property({ type: 'text' })
  issuedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  issuedById: string | null = null;

  /** For 暂扣 / 吊销: PENDING until personnel answers; null for the kinds that do not reach the certificate. */
  @Enum({ items: () => SanctionEffectState, nullable: true })
  @Index()
  effectState: SanctionEffectState | null = null;

  @Property({ type: 'uuid', nullable: true })
  effectCertificateId: string | null = null;

  @Property({ type: 'text', nullable: true })
  effectCertificateNumber: string | null = null;

  @Property({ type: 'date', nullable: true })
  effectEndsOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  effectRule: string | null = null;

  @Property({ type: 'text', nullable: true })
  effectReason: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  effectAppliedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '所在单位作出处理决定的日期 (the day the unit decided, 004 第三十三条), as it reported' })
  @Property({ type: 'date', nullable: true })
  unitDecidedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '所在单位的处理决定 (what the unit decided, as it reported)' })
  @Property({ type: 'text', nullable: true })
  unitDecision: string | null = null;

  @Field(() => String, { nullable: true, description: '处理决定登记人 (who recorded the unit\'s decision)' })
  @Property({ type: 'text', nullable: true })
  unitDecisionRecordedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  unitDecisionRecordedAt: Date | null = null;

  @Field(() => Date, { description: '创建时间 (created at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field(() => Int, { description: '版本号 (version, sent back with a command so that concurrent changes are detected)' })
  @Property({ version: true })
  version!: number;
}

/** What a 暂扣 or 吊销 did to the certificate (personnel's answer). */
@ObjectType({ description: '对行政执法证的处理结果 (the effect of a 暂扣 or 吊销 on the certificate, as personnel applied it)' })
export class SanctionEffect {
  @Field(() => SanctionEffectState, { description: '状态 (待生效 / 已生效 / 未生效)' })
  state!: SanctionEffectState;

  @Field(() => ID, { nullable: true, description: '证件记录编号 (the certificate changed)' })
  certificateId!: string | null;

  @Field(() => String, { nullable: true, description: '证件号 (its number), e.g. 31000036001' })
  certificateNumber!: string | null;

  @Field(() => String, { nullable: true, description: '暂扣起始日 (first day of the suspension)' })
  startsOn!: string | null;

  @Field(() => String, { nullable: true, description: '暂扣截止日（含）(last day of the suspension, from personnel\'s policy)' })
  endsOn!: string | null;

  @Field(() => String, { nullable: true, description: '暂扣期限的规则 (personnel\'s policy value and its source, e.g. 3 个月, 003 第4条)' })
  rule!: string | null;

  @Field(() => String, { nullable: true, description: '未生效的原因 (why it could not be applied)' })
  reason!: string | null;

  @Field(() => Date, { nullable: true, description: '生效登记时间 (when personnel applied it, or found it could not)' })
  appliedAt!: Date | null;
}

export const sanctionEntities = [Sanction];
