import { Field, InputType } from 'type-graphql';
import { CaseStage } from '../cases/case.enums.js';

@InputType({ description: '执法人员承办案件筛选 (filter of an officer\'s cases)' })
export class OfficerCaseFilter {
  @Field(() => CaseStage, { nullable: true, description: '当前环节 (stage)' })
  stage?: CaseStage | null;

  @Field(() => Boolean, { nullable: true, description: '主办人 (true: cases he leads or led; false: cases he only assists or assisted)' })
  lead?: boolean | null;
}

@InputType({ description: '执法主体案件筛选 (filter of an agency\'s cases)' })
export class AgencyCaseFilter {
  @Field(() => CaseStage, { nullable: true, description: '当前环节 (stage)' })
  stage?: CaseStage | null;
}
