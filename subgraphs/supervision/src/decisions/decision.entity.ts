import { DeferMode, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { SupervisionNotice } from '../notices/notice.entity.js';
import { DecisionEffectState, SupervisionDecisionType } from './decision.enums.js';

/**
 * 《行政执法监督决定书》 (004 第二十五条): issued on a notice the supervised body did not comply with (逾期不改正 or
 * 拒不改正), one of the five types, about one of the notice's cases (required for 撤销 / 确认违法 / 确认无效, which
 * reach the case by event — `effect*` records what cases did with it). Numbered in the issuing body's DECISION
 * series (监决〔2026〕1号).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '行政执法监督决定书 (supervision decision, 004 第二十五条): supervisors and administrators of the supervised agency\'s subtree' })
@Entity({ tableName: 'supervision_decision' })
@Unique({ name: 'supervision_decision_number_unique', properties: ['issuerId', 'year', 'seq'] })
export class SupervisionDecision {
  [OptionalProps]?: 'version' | 'caseId' | 'requirement' | 'performBy' | 'effect' | 'effectReason' | 'effectAppliedAt' | 'publicationWithdrawn' | 'updatedAt';

  @Field(() => ID, { description: '决定书编号 (decision id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '文号 (document number in the issuing body\'s series), e.g. 监决〔2026〕1号' })
  @Property({ type: 'text' })
  number!: string;

  @Field(() => Int, { description: '年度 (year of the series)' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: '年度序号 (sequence in the series, from 1, no gaps)' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => ID, { description: '监督机关编号 (issuing body)' })
  @Property({ type: 'uuid' })
  issuerId!: string;

  @Field({ description: '监督机关 (issuing body\'s name when issued, as printed)' })
  @Property({ type: 'text' })
  issuerName!: string;

  @Field(() => ID, { description: '所依据的监督通知书编号 (the notice that went unrectified)' })
  @ManyToOne(() => SupervisionNotice, { mapToPk: true, fieldName: 'notice_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  noticeId!: string;

  @Field(() => ID, { description: '被监督机关编号 (the supervised agency, the addressee: the notice\'s)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => SupervisionDecisionType, { description: '决定种类 (one of the five of 004 第二十五条)' })
  @Enum({ items: () => SupervisionDecisionType })
  type!: SupervisionDecisionType;

  @Field(() => ID, { nullable: true, description: '所涉案件编号 (the case whose decision it concerns: one of the notice\'s cases)' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  caseId: string | null = null;

  @Field({ description: '事实和理由 (facts and reasons: why the notice went unrectified and what follows)' })
  @Property({ type: 'text' })
  reasons!: string;

  @Field(() => String, { nullable: true, description: '具体要求 (what the supervised body must do, when the type orders something)' })
  @Property({ type: 'text', nullable: true })
  requirement: string | null = null;

  @Field(() => String, { nullable: true, description: '履行期限 (perform by, YYYY-MM-DD: 责令限期履行 only)' })
  @Property({ type: 'date', nullable: true })
  performBy: string | null = null;

  @Field({ description: '决定日期 (decided on, YYYY-MM-DD): the document\'s date' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Field(() => Date, { description: '制发时间 (issued at)' })
  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Field({ description: '签发人 (the supervisor who issued it)' })
  @Property({ type: 'text' })
  issuedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  issuedById!: string | null;

  /** Null for the types that do not reach the case; PENDING until cases answers. */
  @Enum({ items: () => DecisionEffectState, nullable: true })
  effect: DecisionEffectState | null = null;

  @Property({ type: 'text', nullable: true })
  effectReason: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  effectAppliedAt: Date | null = null;

  @Property({ type: 'boolean', nullable: true })
  publicationWithdrawn: boolean | null = null;

  @Field(() => Date, { nullable: true, description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Field(() => Int, { description: '版本号 (version)' })
  @Property({ version: true })
  version!: number;
}

/** What a 撤销 / 确认违法 / 确认无效 decision did to the case (cases' answer, `case-decision.correction-applied`). */
@ObjectType({ description: '对案件的效力 (the effect of a 撤销/确认违法/确认无效 decision on the case, as cases reported it)' })
export class DecisionEffect {
  @Field(() => DecisionEffectState, { description: '状态 (pending, applied, not applied)' })
  state!: DecisionEffectState;

  @Field(() => String, { nullable: true, description: '说明 (why not applied, or what was done)' })
  reason!: string | null;

  @Field(() => Date, { nullable: true, description: '生效时间 (when cases applied it, or refused)' })
  appliedAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: '已撤下公示 (the case\'s published decision was withdrawn from the public list by it)' })
  publicationWithdrawn!: boolean | null;
}

export const decisionEntities = [SupervisionDecision];
