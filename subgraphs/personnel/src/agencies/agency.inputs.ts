import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '@jiandu/kit';
import { Agency, AgencyLevel } from './agency.entity.js';

@InputType({ description: '执法主体筛选条件 (agency filter); all given conditions must hold' })
export class AgencyFilter {
  @Field(() => String, { nullable: true, description: '名称包含 (name contains)' })
  search?: string | null;

  @Field(() => AgencyLevel, { nullable: true, description: '层级 (level)' })
  level?: AgencyLevel | null;

  @Field(() => ID, { nullable: true, description: '上级执法主体 (direct parent)' })
  parentId?: string | null;

  @Field(() => [ID], { nullable: true, description: '只取这些编号 (only these ids)' })
  ids?: string[] | null;
}

export enum AgencyOrderField {
  NAME = 'NAME',
  LEVEL = 'LEVEL',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(AgencyOrderField, {
  name: 'AgencyOrderField',
  description: '执法主体排序字段 (agency sort field)',
  valuesConfig: { NAME: { description: '名称 (name)' }, LEVEL: { description: '层级 (level)' }, CREATED_AT: { description: '创建时间 (created at)' } },
});

@InputType({ description: '执法主体排序 (agency order)' })
export class AgencyOrder {
  @Field(() => AgencyOrderField, { description: '排序字段 (field)' })
  field!: AgencyOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: '方向 (direction)' })
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType({ description: '执法主体列表的一页 (a page of agencies)' })
export class AgencyList {
  @Field(() => [Agency], { description: '本页的执法主体 (agencies on this page)' })
  items!: Agency[];

  @Field(() => Int, { description: '符合条件的总数 (total matching, all pages)' })
  total!: number;
}
