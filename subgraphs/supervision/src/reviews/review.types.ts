/** The GraphQL shapes of what a review stores as JSON, and of what it computes (no tables of their own). */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FindingReasonKind, RecusalReason } from './review.rules.js';

registerEnumType(RecusalReason, {
  name: 'ReviewRecusalReason',
  description: '评查回避事由 (why a reviewer may not score a case, 004 第二十一条)',
  valuesConfig: {
    HANDLED_CASE: { description: '曾承办该案件 (he handled the case: 与监督事项有利害关系)' },
    OWN_AGENCY: { description: '本单位案件 (a case of his own agency: 可能影响监督事项公正处理)' },
  },
});

registerEnumType(FindingReasonKind, {
  name: 'ReviewFindingReasonKind',
  description: '问题认定事由 (why a reviewed case is a finding, 003 第15条)',
  valuesConfig: {
    LOW_SCORE: { description: '得分低于问题线 (result below the criteria\'s line)' },
    ZERO_CRITERION: { description: '某项被评为 0 分 (a criterion scored 0 by a reviewer)' },
    ENTITLEMENT_VIOLATION: { description: '自动核查发现无资格执法 (a step taken by an officer not entitled then, 004 第十一条)' },
  },
});

@ObjectType({ description: '评查项目 (one criterion of a criteria set)' })
export class ReviewCriterion {
  @Field({ description: '代码 (code), e.g. PROCEDURE' })
  code!: string;

  @Field({ description: '名称 (name), e.g. 执法程序' })
  name!: string;

  @Field(() => Int, { description: '满分 (maximum score)' })
  maxScore!: number;

  @Field({ description: '评查内容 (what is checked)' })
  description!: string;
}

@ObjectType({ description: '评查人员 (a reviewer of a batch: a 执法监督人员, as personnel answered when the sample was drawn)' })
export class ReviewBatchReviewer {
  @Field(() => ID, { description: '人员编号 (officer id)' })
  officerId!: string;

  @Field({ description: '姓名 (name)' })
  name!: string;

  @Field(() => ID, { nullable: true, description: '所在执法主体 (his agency)' })
  agencyId!: string | null;

  @Field(() => String, { nullable: true, description: '执法监督证号 (his 执法监督证 then)' })
  certificateNumber!: string | null;
}

@ObjectType({ description: '评查回避 (a reviewer recused from a sampled case, automatically, 004 第二十一条): who, why, the rule' })
export class ReviewRecusal {
  @Field(() => ID, { description: '人员编号 (officer id)' })
  officerId!: string;

  @Field({ description: '姓名 (name)' })
  name!: string;

  @Field(() => RecusalReason, { description: '事由 (reason)' })
  reason!: RecusalReason;

  @Field({ description: '依据 (the rule, with its article)' })
  rule!: string;
}

@ObjectType({ description: '一项评分 (the score of one criterion)' })
export class ReviewCriterionScore {
  @Field({ description: '评查项目代码 (criterion code)' })
  code!: string;

  @Field(() => Int, { description: '得分 (score, 0..max)' })
  score!: number;

  @Field(() => String, { nullable: true, description: '扣分理由 (why points were deducted; required when they were)' })
  note!: string | null;
}

@ObjectType({ description: '无资格执法的步骤 (a recorded step taken by an officer not entitled at that instant, 004 第十一条; 003 第4条)' })
export class ReviewStepViolation {
  @Field({ description: '步骤种类 (TRANSITION or RECORD, as cases names it)' })
  kind!: string;

  @Field(() => ID, { description: '步骤编号 (id of the transition or record entry in cases)' })
  stepId!: string;

  @Field({ description: '步骤 (what it was), e.g. 全过程记录第2条（照片）' })
  what!: string;

  @Field(() => ID, { description: '执法人员编号 (officer who took it)' })
  officerId!: string;

  @Field({ description: '执法人员 (his name)' })
  officerName!: string;

  @Field(() => Date, { description: '时间 (when the step was taken)' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '当时的证件状态 (status of his certificate then, e.g. SUSPENDED)' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: '原因 (why not entitled, personnel\'s EntitlementRefusal, e.g. SUSPENDED)' })
  reason!: string | null;
}

@ObjectType({ description: '自动核查结果 (the automatic check of a sampled case: every recorded step against the officer\'s entitlement at its instant)' })
export class ReviewCheckResult {
  @Field(() => Date, { description: '核查时间 (checked at)' })
  checkedAt!: Date;

  @Field(() => Int, { description: '核查步骤数 (steps checked: those taken by an officer)' })
  checkedSteps!: number;

  @Field(() => Int, { description: '无执法人员的步骤数 (steps with no officer, e.g. a registration entered by an agency administrator: not checked)' })
  unattributedSteps!: number;

  @Field(() => [ReviewStepViolation], { description: '问题步骤 (violations); empty: clean' })
  violations!: ReviewStepViolation[];
}

@ObjectType({ description: '问题认定事由 (one reason a reviewed case is a finding)' })
export class ReviewFindingReason {
  @Field(() => FindingReasonKind, { description: '种类 (kind)' })
  kind!: FindingReasonKind;

  @Field({ description: '说明 (in words)' })
  text!: string;
}
