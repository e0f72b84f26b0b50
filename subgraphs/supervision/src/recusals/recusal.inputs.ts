import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged, SortDirection } from '@jiandu/kit';
import { Recusal, RecusalApplicant, RecusalStatus, RecusalSubjectType, RecusalWay } from './recusal.entity.js';

@InputType({ description: '监督事项 (the matter of supervision a 回避 is about)' })
export class RecusalSubjectInput {
  @Field(() => RecusalSubjectType, { description: '种类 (kind of matter)' })
  type!: RecusalSubjectType;

  @Field(() => ID, { description: '编号 (its id)' })
  id!: string;
}

@InputType({ description: '自行回避 (a supervisor declares his own 回避, 004 第二十一条)' })
export class DeclareRecusalInput {
  @Field(() => RecusalSubjectInput, { description: '监督事项 (the matter)' })
  subject!: RecusalSubjectInput;

  @Field(() => ID, { description: '执法监督人员 (officer id: the caller\'s own officer record)' })
  officerId!: string;

  @Field({ description: '回避事由 (the conflict: 本人或者其近亲属与监督事项有利害关系, or another circumstance), at least 4 characters' })
  grounds!: string;
}

@InputType({ description: '申请回避 (an application by the supervised body or the complainant, 004 第二十一条)' })
export class ApplyRecusalInput {
  @Field(() => RecusalSubjectInput, { description: '监督事项 (the matter)' })
  subject!: RecusalSubjectInput;

  @Field(() => ID, { description: '被申请回避的执法监督人员 (officer id)' })
  officerId!: string;

  @Field(() => RecusalApplicant, { description: '申请人类别 (the supervised body or the complainant)' })
  applicantKind!: RecusalApplicant;

  @Field({ description: '申请人名称或姓名 (the applying body\'s name or the complainant\'s name)' })
  applicantName!: string;

  @Field({ description: '申请理由 (grounds), at least 4 characters' })
  grounds!: string;

  @Field({ description: '申请日期 (applied on, YYYY-MM-DD), not in the future' })
  appliedOn!: string;
}

@InputType({ description: '主要负责人对回避申请的决定 (the decision of the supervisor\'s unit\'s 主要负责人 on an application, 004 第二十一条)' })
export class DecideRecusalInput {
  @Field({ description: '是否同意回避 (true: the supervisor withdraws; false: the application is rejected)' })
  approved!: boolean;

  @Field({ description: '作出决定的主要负责人 (name of the 主要负责人 who decided)' })
  decidedBy!: string;

  @Field({ description: '决定日期 (decided on, YYYY-MM-DD): not before the application, not in the future' })
  decidedOn!: string;

  @Field(() => String, { nullable: true, description: '理由 (reasons); required to reject' })
  reason?: string | null;
}

@InputType({ description: '决定回避 (the 监督机关 orders a supervisor off a matter, 004 第二十一条)' })
export class OrderRecusalInput {
  @Field(() => RecusalSubjectInput, { description: '监督事项 (the matter)' })
  subject!: RecusalSubjectInput;

  @Field(() => ID, { description: '执法监督人员 (officer id)' })
  officerId!: string;

  @Field({ description: '决定回避的理由 (reasons), at least 4 characters' })
  grounds!: string;

  @Field({ description: '作出决定的监督机关或其负责人 (who decided)' })
  decidedBy!: string;

  @Field({ description: '决定日期 (decided on, YYYY-MM-DD), not in the future' })
  decidedOn!: string;
}

@InputType({ description: '回避记录筛选条件 (recusal filter)' })
export class RecusalFilter extends ListFilter('回避事由或执法监督人员姓名包含 (grounds or supervisor name contains)') {
  @Field(() => ID, { nullable: true, description: '执法监督人员 (officer id): one supervisor\'s 回避' })
  officerId?: string | null;

  @Field(() => RecusalSubjectType, { nullable: true, description: '监督事项种类 (kind of matter)' })
  subjectType?: RecusalSubjectType | null;

  @Field(() => ID, { nullable: true, description: '监督事项编号 (one matter\'s 回避)' })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true, description: '被监督机关 (agency)' })
  agencyId?: string | null;

  @Field(() => RecusalWay, { nullable: true, description: '回避方式 (way)' })
  way?: RecusalWay | null;

  @Field(() => RecusalStatus, { nullable: true, description: '状态 (status)' })
  status?: RecusalStatus | null;
}

export enum RecusalOrderField {
  RECORDED_AT = 'RECORDED_AT',
  STATUS = 'STATUS',
}
registerEnumType(RecusalOrderField, {
  name: 'RecusalOrderField',
  description: '回避记录排序字段 (recusal sort field)',
  valuesConfig: { RECORDED_AT: { description: '登记时间 (recorded at)' }, STATUS: { description: '状态 (status)' } },
});

@InputType({ description: '回避记录排序 (recusal order)' })
export class RecusalOrder extends OrderBy(RecusalOrderField, SortDirection.DESC) {}

@ObjectType({ description: '回避记录的一页 (a page of recusals)' })
export class RecusalList extends Paged(Recusal, { zh: '回避记录', en: 'recusals' }) {}
