import { Entity, PrimaryKey, Property, Enum, Index } from '@mikro-orm/decorators/legacy';
import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What an officer is appointed to do (DESIGN "Personnel and credentials"). */
export enum Duty {
  ENFORCEMENT = 'ENFORCEMENT',
  LEGAL_REVIEW = 'LEGAL_REVIEW',
  SUPERVISION = 'SUPERVISION',
}
registerEnumType(Duty, {
  name: 'Duty',
  description: '岗位职责 (duty)',
  valuesConfig: {
    ENFORCEMENT: { description: '行政执法 (enforcement)' },
    LEGAL_REVIEW: { description: '法制审核 (legal review of major decisions)' },
    SUPERVISION: { description: '执法监督 (supervision)' },
  },
});

/** 004 第十一条: a change must be reported within 10 days. */
export enum EmploymentStatus {
  ON_DUTY = 'ON_DUTY',
  TRANSFERRED = 'TRANSFERRED',
  LEFT = 'LEFT',
}
registerEnumType(EmploymentStatus, {
  name: 'EmploymentStatus',
  description: '在岗状态 (employment status, 004 第十一条)',
  valuesConfig: {
    ON_DUTY: { description: '在岗 (on duty)' },
    TRANSFERRED: { description: '调离 (transferred away from the enforcement post)' },
    LEFT: { description: '离职 (left the service)' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: '执法人员 (enforcement officer) of an agency' })
@Entity({ tableName: 'officer' })
export class Officer {
  [OptionalProps]?: 'version' | 'idNumber' | 'listSeq' | 'post' | 'fields' | 'duties' | 'legalProfessionQualification' | 'employmentStatus';

  @Field(() => ID, { description: '执法人员编号 (officer id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '姓名 (name)' })
  @Property()
  @Index()
  name!: string;

  /** Stored in full, never returned in full (DESIGN: masked `6501**********1234`). */
  @Property({ type: 'string', nullable: true })
  idNumber: string | null = null;

  @Field(() => ID, { description: '所属执法主体编号 (agency id)' })
  @Property({ type: 'uuid' })
  @Index()
  agencyId!: string;

  @Field(() => Int, { nullable: true, description: '公示名单序号 (position in the published list)' })
  @Property({ type: 'integer', nullable: true })
  listSeq: number | null = null;

  @Field(() => String, { nullable: true, description: '职务/岗位 (post)' })
  @Property({ type: 'string', nullable: true })
  post: string | null = null;

  @Field({ description: '执法区域 (region where he may enforce), e.g. 全疆' })
  @Property()
  region!: string;

  @Field(() => [String], { description: '执法领域 (enforcement fields), e.g. 机关事务管理' })
  @Property({ type: ArrayType })
  fields: string[] = [];

  @Field(() => [Duty], { description: '岗位职责 (duties)' })
  @Enum({ items: () => Duty, array: true })
  duties: Duty[] = [Duty.ENFORCEMENT];

  @Field({ description: '是否具有法律职业资格 (holds the national legal professional qualification)' })
  @Property()
  legalProfessionQualification: boolean = false;

  @Field(() => EmploymentStatus, { description: '在岗状态 (employment status)' })
  @Enum({ items: () => EmploymentStatus })
  employmentStatus: EmploymentStatus = EmploymentStatus.ON_DUTY;

  @Field(() => Date, { description: '创建时间 (created at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field({ description: '版本号 (version), sent back with an edit so that concurrent edits are detected' })
  @Property({ version: true })
  version!: number;
}
