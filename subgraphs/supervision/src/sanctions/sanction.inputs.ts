import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged, SortDirection } from '@jiandu/kit';
import { Sanction } from './sanction.entity.js';
import { SanctionEffectState, SanctionGround, SanctionKind } from './sanction.enums.js';
import { EFFECTIVE_WITHIN_MONTHS, FACTS_MAX, RELATED_MAX } from './sanction.rules.js';

@InputType({ description: '提出处理 (issue a sanction on an officer, 004 第三十三条)' })
export class IssueSanctionInput {
  @Field(() => ID, { description: '被处理的执法人员 (the officer); he must exist and be in the caller\'s scope' })
  officerId!: string;

  @Field(() => SanctionGround, { description: '处理事由 (ground, one of the nine of 004 第三十三条)' })
  ground!: SanctionGround;

  @Field(() => SanctionKind, { description: '处理种类 (kind)' })
  kind!: SanctionKind;

  @Field({ description: `认定的事实 (the facts found), 1–${FACTS_MAX} characters` })
  facts!: string;

  @Field(() => String, { nullable: true, description: `生效日期，默认今天 (takes effect on, default today; not before today, within ${EFFECTIVE_WITHIN_MONTHS} months)` })
  effectiveOn?: string | null;

  @Field(() => [ID], { nullable: true, description: `相关投诉举报 (related complaints the caller may read), at most ${RELATED_MAX}` })
  relatedComplaintIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `相关案件 (related cases the caller may read, asked of cases), at most ${RELATED_MAX}` })
  relatedCaseIds?: string[] | null;
}

@InputType({ description: '登记所在单位的处理决定 (record what the officer\'s unit decided on the sanction, 004 第三十三条)' })
export class SanctionUnitDecisionInput {
  @Field({ description: '决定日期 (decided on, YYYY-MM-DD): not before the sanction\'s issue, not after today' })
  decidedOn!: string;

  @Field({ description: '处理决定 (what the unit decided, e.g. the decision\'s number and gist)' })
  decision!: string;
}

@InputType({ description: '处理记录筛选条件 (sanction filter)' })
export class SanctionFilter extends ListFilter('文号或事实包含 (number or facts contain)') {
  @Field(() => ID, { nullable: true, description: '被处理的执法人员 (officer)' })
  officerId?: string | null;

  @Field(() => ID, { nullable: true, description: '所在单位 (the officer\'s agency at issue)' })
  agencyId?: string | null;

  @Field(() => SanctionKind, { nullable: true, description: '处理种类 (kind)' })
  kind?: SanctionKind | null;

  @Field(() => SanctionGround, { nullable: true, description: '处理事由 (ground)' })
  ground?: SanctionGround | null;

  @Field(() => SanctionEffectState, { nullable: true, description: '对证件的处理结果 (effect state; only 暂扣 and 吊销 have one)' })
  effectState?: SanctionEffectState | null;

  @Field(() => String, { nullable: true, description: '发文日期起 (issued on or after, YYYY-MM-DD)' })
  issuedFrom?: string | null;

  @Field(() => String, { nullable: true, description: '发文日期止 (issued on or before, YYYY-MM-DD)' })
  issuedTo?: string | null;
}

export enum SanctionOrderField {
  ISSUED_AT = 'ISSUED_AT',
  EFFECTIVE_ON = 'EFFECTIVE_ON',
  KIND = 'KIND',
  GROUND = 'GROUND',
}
registerEnumType(SanctionOrderField, {
  name: 'SanctionOrderField',
  description: '处理记录排序字段 (sanction sort field)',
  valuesConfig: {
    ISSUED_AT: { description: '发文时间 (issued at)' },
    EFFECTIVE_ON: { description: '生效日期 (takes effect on)' },
    KIND: { description: '处理种类 (kind)' },
    GROUND: { description: '处理事由 (ground)' },
  },
});

@InputType({ description: '处理记录排序 (sanction order)' })
export class SanctionOrder extends OrderBy(SanctionOrderField, SortDirection.DESC) {}

@ObjectType({ description: '处理记录列表的一页 (a page of sanctions)' })
export class SanctionList extends Paged(Sanction, { zh: '处理记录', en: 'sanctions' }) {}
