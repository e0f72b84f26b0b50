import { Field, ID, InputType } from 'type-graphql';
import { AgencyLevel } from './agency.entity.js';

@InputType({ description: '执法主体资料 (agency details) for create and edit' })
export class AgencyInput {
  @Field({ description: '名称 (name), unique' })
  name!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 (unified social credit code, 18 characters, checked)' })
  unifiedCode?: string | null;

  @Field(() => AgencyLevel, { description: '层级 (level)' })
  level!: AgencyLevel;

  @Field(() => ID, { nullable: true, description: '上级执法主体 (parent); empty only for a root, which only tree-wide administrators create' })
  parentId?: string | null;

  @Field({ description: '管辖区域 (region)' })
  region!: string;

  @Field(() => [String], { description: '执法领域 (enforcement fields)' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: '执法单位 (internal enforcing unit)' })
  enforcementUnit?: string | null;

  @Field(() => String, { nullable: true, description: '监督单位 (internal supervising unit)' })
  supervisionUnit?: string | null;

  @Field(() => String, { nullable: true, description: '监督投诉电话 (supervision and complaint phone, 003 第14条)' })
  supervisionPhone?: string | null;
}
