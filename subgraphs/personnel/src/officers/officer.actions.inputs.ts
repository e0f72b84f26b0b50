import { Field, ID, InputType } from 'type-graphql';
import { Duty, EmploymentStatus } from './officer.entity.js';

@InputType({ description: '执法人员资料 (officer profile) for create and edit' })
export class OfficerInput {
  @Field({ description: '姓名 (name)' })
  name!: string;

  @Field(() => String, { nullable: true, description: '身份证号 (ID-card number, 18 characters, checked); stored, shown masked. In an edit, leaving it out (null) keeps the stored number' })
  idNumber?: string | null;

  @Field(() => ID, { description: '所属执法主体 (agency)' })
  agencyId!: string;

  @Field(() => String, { nullable: true, description: '职务/岗位 (post)' })
  post?: string | null;

  @Field({ description: '执法区域 (region)' })
  region!: string;

  @Field(() => [String], { description: '执法领域 (fields)' })
  fields!: string[];

  @Field(() => [Duty], { description: '岗位职责 (duties)' })
  duties!: Duty[];

  @Field({ defaultValue: false, description: '是否具有法律职业资格 (legal professional qualification)' })
  legalProfessionQualification: boolean = false;
}

@InputType({ description: '人员变动 (employment change): 调离, 离职, or back on duty (004 第十一条)' })
export class EmploymentChangeInput {
  @Field(() => EmploymentStatus, { description: '变动后状态 (status after the change)' })
  toStatus!: EmploymentStatus;

  @Field({ description: '变动发生日 (the day it happened, YYYY-MM-DD)' })
  effectiveOn!: string;

  @Field(() => String, { nullable: true, description: '说明 (reason), e.g. 调任某单位' })
  reason?: string | null;
}
