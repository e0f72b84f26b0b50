import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged } from '@jiandu/kit';
import { EnforcementMatter, MatterCategory } from './matter.entity.js';

@InputType({ description: '执法事项筛选条件 (matter filter)' })
export class MatterFilter extends ListFilter('名称或依据包含 (name or legal basis contains)') {
  @Field(() => MatterCategory, { nullable: true, description: '执法类别 (category)' })
  category?: MatterCategory | null;

  @Field(() => ID, { nullable: true, description: '实施主体 (agency)' })
  agencyId?: string | null;
}

export enum MatterOrderField {
  LIST_SEQ = 'LIST_SEQ',
  NAME = 'NAME',
  CATEGORY = 'CATEGORY',
}
registerEnumType(MatterOrderField, {
  name: 'MatterOrderField',
  description: '执法事项排序字段 (matter sort field)',
  valuesConfig: { LIST_SEQ: { description: '清单序号 (list position)' }, NAME: { description: '名称 (name)' }, CATEGORY: { description: '类别 (category)' } },
});

@InputType({ description: '执法事项排序 (matter order)' })
export class MatterOrder extends OrderBy(MatterOrderField) {}

@ObjectType({ description: '执法事项列表的一页 (a page of matters)' })
export class MatterList extends Paged(EnforcementMatter, { zh: '执法事项', en: 'matters' }) {}
