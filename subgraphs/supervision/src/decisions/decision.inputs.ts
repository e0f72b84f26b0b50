import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged, SortDirection } from '@jiandu/kit';
import { SupervisionDecision } from './decision.entity.js';
import { DecisionEffectState, SupervisionDecisionType } from './decision.enums.js';

@InputType({ description: '制发行政执法监督决定书 (issue a supervision decision, 004 第二十五条)' })
export class CreateSupervisionDecisionInput {
  @Field(() => ID, { description: '所依据的监督通知书 (the notice that went unrectified: overdue with no report, or its report not accepted)' })
  noticeId!: string;

  @Field(() => SupervisionDecisionType, { description: '决定种类 (one of the five of 004 第二十五条)' })
  type!: SupervisionDecisionType;

  @Field(() => ID, { nullable: true, description: '所涉案件 (one of the notice\'s cases; required for 撤销, 确认违法, 确认无效)' })
  caseId?: string | null;

  @Field({ description: '事实和理由 (facts and reasons), 4–5000 characters' })
  reasons!: string;

  @Field(() => String, { nullable: true, description: '具体要求 (what must be done), optional' })
  requirement?: string | null;

  @Field(() => String, { nullable: true, description: '履行期限 (perform by, YYYY-MM-DD, after today): 责令限期履行 only' })
  performBy?: string | null;
}

@InputType({ description: '监督决定书筛选条件 (supervision decision filter)' })
export class SupervisionDecisionFilter extends ListFilter('文号或事实和理由包含 (number or reasons contain)') {
  @Field(() => SupervisionDecisionType, { nullable: true, description: '决定种类 (type)' })
  type?: SupervisionDecisionType | null;

  @Field(() => ID, { nullable: true, description: '被监督机关 (supervised agency)' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: '所依据的监督通知书 (notice)' })
  noticeId?: string | null;

  @Field(() => ID, { nullable: true, description: '所涉案件 (case)' })
  caseId?: string | null;

  @Field(() => DecisionEffectState, { nullable: true, description: '对案件的效力 (effect on the case)' })
  effect?: DecisionEffectState | null;
}

export enum SupervisionDecisionOrderField {
  ISSUED_AT = 'ISSUED_AT',
  NUMBER = 'NUMBER',
  TYPE = 'TYPE',
}
registerEnumType(SupervisionDecisionOrderField, {
  name: 'SupervisionDecisionOrderField',
  description: '监督决定书排序字段 (supervision decision sort field)',
  valuesConfig: { ISSUED_AT: { description: '制发时间 (issued at)' }, NUMBER: { description: '文号 (number: year, then sequence)' }, TYPE: { description: '种类 (type)' } },
});

@InputType({ description: '监督决定书排序 (supervision decision order)' })
export class SupervisionDecisionOrder extends OrderBy(SupervisionDecisionOrderField, SortDirection.DESC) {}

@ObjectType({ description: '监督决定书列表的一页 (a page of supervision decisions)' })
export class SupervisionDecisionList extends Paged(SupervisionDecision, { zh: '监督决定书', en: 'supervision decisions' }) {}
