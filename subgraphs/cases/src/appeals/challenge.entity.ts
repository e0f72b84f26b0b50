import { DeferMode, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnforcementCase } from '../cases/case.entity.js';

/** 复议 or 诉讼: the two ways a party contests a decision (行政复议法, 行政诉讼法). */
export enum ChallengeKind {
  RECONSIDERATION = 'RECONSIDERATION',
  LITIGATION = 'LITIGATION',
}
export const CHALLENGE_KIND_LABEL: Record<ChallengeKind, string> = { RECONSIDERATION: '行政复议', LITIGATION: '行政诉讼' };
registerEnumType(ChallengeKind, {
  name: 'ChallengeKind',
  description: '复议或诉讼 (how a decision is contested)',
  valuesConfig: { RECONSIDERATION: { description: '行政复议 (administrative reconsideration, before a 复议机关)' }, LITIGATION: { description: '行政诉讼 (administrative litigation, before a court)' } },
});

/**
 * How a 复议 or 诉讼 ended. The outcomes that correct the agency (纠错, 003 第16条) are listed in
 * challenge.rules.ts `CORRECTED_OUTCOMES`.
 */
export enum ChallengeOutcome {
  UPHELD = 'UPHELD',
  VARIED = 'VARIED',
  REVOKED = 'REVOKED',
  CONFIRMED_ILLEGAL = 'CONFIRMED_ILLEGAL',
  CONFIRMED_INVALID = 'CONFIRMED_INVALID',
  ORDERED_TO_PERFORM = 'ORDERED_TO_PERFORM',
  WITHDRAWN = 'WITHDRAWN',
  SETTLED = 'SETTLED',
}
export const CHALLENGE_OUTCOME_LABEL: Record<ChallengeOutcome, string> = {
  UPHELD: '维持（驳回诉讼请求）',
  VARIED: '变更',
  REVOKED: '撤销',
  CONFIRMED_ILLEGAL: '确认违法',
  CONFIRMED_INVALID: '确认无效',
  ORDERED_TO_PERFORM: '责令履行',
  WITHDRAWN: '撤回申请、撤诉或驳回起诉（不属纠错）',
  SETTLED: '调解、和解',
};
registerEnumType(ChallengeOutcome, {
  name: 'ChallengeOutcome',
  description: '复议决定或裁判结果 (outcome of a reconsideration or suit); 变更、撤销、确认违法、确认无效、责令履行 are 纠错 (003 第16条)',
  valuesConfig: Object.fromEntries(Object.entries(CHALLENGE_OUTCOME_LABEL).map(([k, v]) => [k, { description: v }])),
});

/**
 * 行政复议 / 行政诉讼 against a case's decision, and its outcome. While one is pending, a supervision body
 * must not itself revoke or correct the decision (004 第二十五条, the exception at its end); outcomes that
 * correct the agency are counted as 纠错 (003 第16条).
 */
@ObjectType({ description: '行政复议或行政诉讼 (a reconsideration or suit against a case\'s decision) and its outcome' })
@Entity({ tableName: 'case_challenge' })
@Index({ name: 'case_challenge_pending_index', properties: ['caseId'], expression: 'create index "case_challenge_pending_index" on "cases"."case_challenge" ("case_id") where "outcome" is null' })
export class CaseChallenge {
  [OptionalProps]?: 'version' | 'acceptedOn' | 'outcome' | 'outcomeOn' | 'outcomeNote' | 'updatedAt';

  @Field(() => ID, { description: '记录编号 (record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '案件编号 (case id)' })
  @ManyToOne(() => EnforcementCase, { mapToPk: true, fieldName: 'case_id', deferMode: DeferMode.INITIALLY_DEFERRED })
  @Index()
  caseId!: string;

  @Field(() => ChallengeKind, { description: '类型 (复议 or 诉讼)' })
  @Enum({ items: () => ChallengeKind })
  kind!: ChallengeKind;

  @Field({ description: '复议机关或人民法院 (the reconsideration body or court)' })
  @Property({ type: 'text' })
  body!: string;

  @Field({ description: '申请或起诉日期 (filed on, YYYY-MM-DD): not before the decision' })
  @Property({ type: 'date' })
  filedOn!: string;

  @Field(() => String, { nullable: true, description: '受理日期 (accepted on, YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  acceptedOn: string | null = null;

  @Field(() => ChallengeOutcome, { nullable: true, description: '结果 (outcome); null while pending (审理中)' })
  @Enum({ items: () => ChallengeOutcome, nullable: true })
  outcome: ChallengeOutcome | null = null;

  @Field(() => String, { nullable: true, description: '结果日期 (date of the 复议决定 or judgment, YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  outcomeOn: string | null = null;

  @Field(() => String, { nullable: true, description: '结果说明 (note on the outcome, e.g. the 复议决定书 or judgment number and gist)' })
  @Property({ type: 'text', nullable: true })
  outcomeNote: string | null = null;

  @Field({ description: '登记人 (who recorded it)' })
  @Property({ type: 'text' })
  recordedBy!: string;

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

/** What another subgraph asks before acting on a decision (004 第二十五条): is it contested right now? */
@ObjectType({ description: '案件的复议、诉讼状态 (whether a case\'s decision is under reconsideration or suit now, 004 第二十五条)' })
export class CaseChallengeState {
  @Field(() => ID, { description: '案件编号 (case id)' })
  caseId!: string;

  @Field({ description: '复议或诉讼审理中 (a reconsideration or suit is pending): a 监督决定书 must not be made then (004 第二十五条)' })
  pending!: boolean;

  @Field(() => [ChallengeKind], { description: '审理中的类型 (kinds of the pending ones)' })
  kinds!: ChallengeKind[];

  @Field({ description: '曾申请复议或提起诉讼 (a reconsideration or suit has ever been recorded, pending or concluded)' })
  challenged!: boolean;
}

export const challengeEntities = [CaseChallenge];
