import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Key-only stub of personnel's Officer: cases contributes `cases` and `caseCount` and copies none of its data. */
@Directive('@key(fields: "id")')
@ObjectType('Officer', { description: '执法人员 (enforcement officer) of an agency' })
export class OfficerStub {
  @Field(() => ID, { description: '执法人员编号 (officer id)' })
  id!: string;
}
