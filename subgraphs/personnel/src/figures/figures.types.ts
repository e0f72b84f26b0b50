import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '执法主体人员指标 (staffing figures of an agency and its sub-units, for a year)' })
export class AgencyFigures {
  @Field(() => Int, { description: '年度 (year)' })
  year!: number;

  @Field(() => Int, { description: '在岗执法人员 (officers on duty)' })
  officers!: number;

  @Field(() => Int, { description: '持有效执法证人数 (officers holding a valid enforcement certificate now)' })
  withValidCertificate!: number;

  @Field(() => Float, { description: '持证率 (share holding a valid certificate, 0–1)' })
  validCertificateShare!: number;

  @Field(() => Int, { description: '当前暂扣 (certificates suspended now)' })
  suspendedNow!: number;

  @Field(() => Int, { description: '年审逾期 (certificates whose periodic review is overdue)' })
  reviewOverdue!: number;

  @Field(() => Float, { description: '年度应训学时 (required training hours a year, 003 第3条)' })
  trainingHoursRequired!: number;

  @Field(() => Int, { description: '培训达标人数 (officers with at least the required hours this year)' })
  trainingCompliant!: number;

  @Field(() => Float, { description: '培训达标率 (training compliance, 0–1)' })
  trainingComplianceShare!: number;

  @Field(() => Float, { description: '人均培训学时 (average training hours per officer this year)' })
  averageTrainingHours!: number;

  @Field(() => Int, { description: '法制审核人员 (officers with the legal-review duty)' })
  legalReviewers!: number;

  @Field(() => Int, { description: '应配法制审核人员 (required: ≥ 5% of officers and ≥ 2, 002; 003 第11条)' })
  legalReviewersRequired!: number;

  @Field({ description: '法制审核人员是否配足 (legal reviewers sufficient)' })
  legalReviewersSufficient!: boolean;

  @Field(() => [String], { description: '适用的规则 (the policies used, with sources)' })
  rules!: string[];
}
