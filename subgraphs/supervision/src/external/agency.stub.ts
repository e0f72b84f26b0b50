import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Key-only stub of personnel's Agency: supervision contributes `complaints` and copies none of its data. */
@Directive('@key(fields: "id")')
@ObjectType('Agency', { description: '执法主体 (enforcement agency): an organ or body with the legal standing to enforce, a node of the agency tree' })
export class AgencyStub {
  @Field(() => ID, { description: '执法主体编号 (agency id)' })
  id!: string;
}
