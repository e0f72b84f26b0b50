import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged } from '@jiandu/kit';
import { Agency, AgencyLevel } from './agency.entity.js';

@InputType({ description: '执法主体筛选条件 (agency filter); all given conditions must hold' })
export class AgencyFilter extends ListFilter('名称包含 (name contains)') {
  @Field(() => AgencyLevel, { nullable: true, description: '层级 (level)' })
  level?: AgencyLevel | null;

  @Field(() => ID, { nullable: true, description: '上级执法主体 (direct parent)' })
  parentId?: string | null;
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
export class AgencyOrder extends OrderBy(AgencyOrderField) {}

@ObjectType({ description: '执法主体列表的一页 (a page of agencies)' })
export class AgencyList extends Paged(Agency, { zh: '执法主体', en: 'agencies' }) {}
