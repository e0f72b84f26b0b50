import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Key-only stub of cases' EnforcementCase: supervision contributes fields to it and copies none of its data. */
@Directive('@key(fields: "id")')
@ObjectType('EnforcementCase', { description: '行政执法案件 (an enforcement case) of an agency, under the 三项制度' })
export class CaseStub {
  @Field(() => ID, { description: '案件编号 (case id)' })
  id!: string;
}
