import { Field, InputType } from 'type-graphql';
import { ChallengeKind, ChallengeOutcome } from './challenge.entity.js';

@InputType({ description: '登记行政复议或行政诉讼 (record a reconsideration or suit against a decision)' })
export class ChallengeInput {
  @Field(() => ChallengeKind, { description: '类型 (复议 or 诉讼)' })
  kind!: ChallengeKind;

  @Field({ description: '复议机关或人民法院 (the reconsideration body or court)' })
  body!: string;

  @Field({ description: '申请或起诉日期 (filed on, YYYY-MM-DD): not before the decision, not in the future' })
  filedOn!: string;

  @Field(() => String, { nullable: true, description: '受理日期 (accepted on, YYYY-MM-DD)' })
  acceptedOn?: string | null;
}

@InputType({ description: '登记复议决定或裁判结果 (record the outcome of a reconsideration or suit)' })
export class ChallengeOutcomeInput {
  @Field(() => ChallengeOutcome, { description: '结果 (outcome)' })
  outcome!: ChallengeOutcome;

  @Field({ description: '结果日期 (date of the 复议决定 or judgment, YYYY-MM-DD): not before filing, not in the future' })
  outcomeOn!: string;

  @Field(() => String, { nullable: true, description: '结果说明 (note); required for 纠错 outcomes (003 第16条)' })
  outcomeNote?: string | null;

  @Field(() => String, { nullable: true, description: '受理日期 (accepted on, YYYY-MM-DD), if not recorded before' })
  acceptedOn?: string | null;
}
