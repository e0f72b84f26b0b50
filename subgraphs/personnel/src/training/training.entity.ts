import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Enum, Index } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

/** The kinds of training 003 第3条 names: 公共法律知识、业务知识和调查取证等行政执法技能. */
export enum TrainingType {
  PUBLIC_LAW = 'PUBLIC_LAW',
  BUSINESS = 'BUSINESS',
  ENFORCEMENT_SKILLS = 'ENFORCEMENT_SKILLS',
  OTHER = 'OTHER',
}
registerEnumType(TrainingType, {
  name: 'TrainingType',
  description: '培训类别 (kind of training, 003 第3条)',
  valuesConfig: {
    PUBLIC_LAW: { description: '公共法律知识 (public law)' },
    BUSINESS: { description: '业务知识 (the field\'s own rules)' },
    ENFORCEMENT_SKILLS: { description: '调查取证等行政执法技能 (investigation and other enforcement skills)' },
    OTHER: { description: '其他 (other)' },
  },
});

@ObjectType({ description: '培训记录 (a training record of an officer): hours by type (003 第3条)' })
@Entity({ tableName: 'training_record' })
export class TrainingRecord {
  [OptionalProps]?: 'provider';

  @Field(() => ID, { description: '培训记录编号 (record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '执法人员编号 (officer id)' })
  @Property({ type: 'uuid' })
  @Index()
  officerId!: string;

  @Field(() => TrainingType, { description: '培训类别 (type)' })
  @Enum({ items: () => TrainingType })
  type!: TrainingType;

  @Field({ description: '培训名称 (title)' })
  @Property()
  title!: string;

  @Field(() => String, { nullable: true, description: '培训组织单位 (provider)' })
  @Property({ type: 'string', nullable: true })
  provider: string | null = null;

  @Field({ description: '培训日期 (date, YYYY-MM-DD)' })
  @Property({ type: 'date' })
  @Index()
  trainedOn!: string;

  @Field(() => Float, { description: '学时 (hours)' })
  @Property({ type: 'double' })
  hours!: number;

  @Field(() => String, { nullable: true, description: '登记人 (recorded by)' })
  @Property({ type: 'string', nullable: true })
  recordedBy!: string | null;

  @Field(() => Date, { description: '登记时间 (recorded at)' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;
}

@ObjectType({ description: '资格考试记录 (a qualification exam record, 003 第4条: 未经执法资格考试合格，不得授予行政执法证件)' })
@Entity({ tableName: 'qualification_exam' })
export class QualificationExam {
  [OptionalProps]?: 'score';

  @Field(() => ID, { description: '考试记录编号 (record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID, { description: '执法人员编号 (officer id)' })
  @Property({ type: 'uuid' })
  @Index()
  officerId!: string;

  @Field({ description: '考试名称 (exam), e.g. 全国统一行政执法证件考试' })
  @Property()
  examName!: string;

  @Field({ description: '考试日期 (date, YYYY-MM-DD)' })
  @Property({ type: 'date' })
  examOn!: string;

  @Field(() => Float, { nullable: true, description: '成绩 (score)' })
  @Property({ type: 'double', nullable: true })
  score: number | null = null;

  @Field({ description: '是否合格 (passed)' })
  @Property()
  passed!: boolean;

  @Field(() => String, { nullable: true, description: '登记人 (recorded by)' })
  @Property({ type: 'string', nullable: true })
  recordedBy!: string | null;

  @Field(() => Date, { description: '登记时间 (recorded at)' })
  @Property({ type: 'datetime' })
  recordedAt!: Date;
}
