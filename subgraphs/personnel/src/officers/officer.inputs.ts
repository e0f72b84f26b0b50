import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '@jiandu/kit';
import { EmploymentStatus, Officer } from './officer.entity.js';

@InputType({ description: '执法人员筛选条件 (officer filter); all given conditions must hold' })
export class OfficerFilter {
  @Field(() => String, { nullable: true, description: '姓名包含 (name contains)' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: '所属执法主体及其下级 (agency, sub-units included)' })
  agencyId?: string | null;

  @Field(() => EmploymentStatus, { nullable: true, description: '在岗状态 (employment status)' })
  employmentStatus?: EmploymentStatus | null;

  @Field(() => [ID], { nullable: true, description: '只取这些编号 (only these ids)' })
  ids?: string[] | null;
}

export enum OfficerOrderField {
  NAME = 'NAME',
  LIST_SEQ = 'LIST_SEQ',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OfficerOrderField, {
  name: 'OfficerOrderField',
  description: '执法人员排序字段 (officer sort field)',
  valuesConfig: {
    NAME: { description: '姓名 (name)' },
    LIST_SEQ: { description: '公示名单序号 (position in the published list)' },
    CREATED_AT: { description: '创建时间 (created at)' },
  },
});

@InputType({ description: '执法人员排序 (officer order)' })
export class OfficerOrder {
  @Field(() => OfficerOrderField, { description: '排序字段 (field)' })
  field!: OfficerOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: '方向 (direction)' })
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType({ description: '执法人员列表的一页 (a page of officers)' })
export class OfficerList {
  @Field(() => [Officer], { description: '本页的执法人员 (officers on this page)' })
  items!: Officer[];

  @Field(() => Int, { description: '符合条件的总数 (total matching, all pages)' })
  total!: number;
}
