import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CaseStage } from '../cases/case.enums.js';

/** What kind of recorded step (the two records of who did what when: 000 二(四) transitions, 004 第十五条 全过程记录). */
export enum CaseStepKind {
  TRANSITION = 'TRANSITION',
  RECORD = 'RECORD',
}
registerEnumType(CaseStepKind, {
  name: 'CaseStepKind',
  description: '执法步骤种类 (kind of a recorded step of a case)',
  valuesConfig: {
    TRANSITION: { description: '环节流转 (a stage transition, 000 二(四); the registration included)' },
    RECORD: { description: '全过程记录 (an entry of the full-process record, 004 第十五条)' },
  },
});

@ObjectType({ description: '已记录的执法步骤 (a recorded step of a case: who took it, when, what) — what 案卷评查 checks against the officer\'s entitlement at that instant (003 第15条)' })
export class CaseStep {
  @Field(() => CaseStepKind, { description: '种类 (kind)' })
  kind!: CaseStepKind;

  @Field(() => ID, { description: '记录编号 (id of the transition or record entry)' })
  id!: string;

  @Field(() => ID, { nullable: true, description: '执法人员编号 (officer who took it); null for a registration entered by an agency administrator' })
  officerId!: string | null;

  @Field({ description: '操作人 (who took it, as recorded)' })
  actorName!: string;

  @Field(() => Date, { description: '时间 (when)' })
  at!: Date;

  @Field(() => CaseStage, { description: '环节 (the stage entered, or the stage the case was in when recorded)' })
  stage!: CaseStage;

  @Field({ description: '步骤 (what it was, in the clerk\'s words), e.g. 进入调查取证, 全过程记录第3条（照片）' })
  what!: string;
}

@ObjectType({ description: '一个案件已记录的执法步骤 (a case\'s recorded steps, oldest first, with its agency, field and handlers)' })
export class CaseSteps {
  @Field(() => ID, { description: '案件编号 (case id)' })
  caseId!: string;

  @Field({ description: '案号 (case number)' })
  number!: string;

  @Field(() => ID, { description: '执法主体编号 (agency of the case: its region is the one the steps were taken in)' })
  agencyId!: string;

  @Field(() => String, { nullable: true, description: '执法领域 (field of the case\'s matter); null: any field' })
  field!: string | null;

  @Field(() => [ID], { description: '承办人 (every officer who handled the case, current or released; the lead first)' })
  handlerIds!: string[];

  @Field(() => [CaseStep], { description: '步骤 (steps, oldest first)' })
  steps!: CaseStep[];
}
