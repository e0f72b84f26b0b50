import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '@jiandu/kit';
import { EnforcementMatter, MatterCategory } from './matter.entity.js';

@InputType({ description: '执法事项筛选条件 (matter filter)' })
export class MatterFilter {
  @Field(() => String, { nullable: true, description: '名称或依据包含 (name or legal basis contains)' })
  search?: string | null;

  @Field(() => MatterCategory, { nullable: true, description: '执法类别 (category)' })
  category?: MatterCategory | null;

  @Field(() => ID, { nullable: true, description: '实施主体 (agency)' })
  agencyId?: string | null;

  @Field(() => [ID], { nullable: true, description: '只取这些编号 (only these ids)' })
  ids?: string[] | null;
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
export class MatterOrder {
  @Field(() => MatterOrderField, { description: '排序字段 (field)' })
  field!: MatterOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: '方向 (direction)' })
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType({ description: '执法事项列表的一页 (a page of matters)' })
export class MatterList {
  @Field(() => [EnforcementMatter], { description: '本页的执法事项 (matters on this page)' })
  items!: EnforcementMatter[];

  @Field(() => Int, { description: '符合条件的总数 (total matching)' })
  total!: number;
}
