import { Field, Float, ID, InputType } from 'type-graphql';
import { TrainingType } from './training.entity.js';

@InputType({ description: '登记培训 (record a training), 003 第3条' })
export class TrainingInput {
  @Field(() => ID, { description: '执法人员 (officer)' })
  officerId!: string;

  @Field(() => TrainingType, { description: '培训类别 (type)' })
  type!: TrainingType;

  @Field({ description: '培训名称 (title)' })
  title!: string;

  @Field(() => String, { nullable: true, description: '组织单位 (provider)' })
  provider?: string | null;

  @Field({ description: '培训日期 (YYYY-MM-DD)' })
  trainedOn!: string;

  @Field(() => Float, { description: '学时 (hours), 0.5–100' })
  hours!: number;
}

@InputType({ description: '登记资格考试 (record a qualification exam), 003 第4条' })
export class ExamInput {
  @Field(() => ID, { description: '执法人员 (officer)' })
  officerId!: string;

  @Field({ description: '考试名称 (exam)' })
  examName!: string;

  @Field({ description: '考试日期 (YYYY-MM-DD)' })
  examOn!: string;

  @Field(() => Float, { nullable: true, description: '成绩 (score), 0–100' })
  score?: number | null;

  @Field({ description: '是否合格 (passed)' })
  passed!: boolean;
}
