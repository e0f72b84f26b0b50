import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged } from '@jiandu/kit';
import { Duty, EmploymentStatus, Officer } from './officer.entity.js';

@InputType({ description: '执法人员筛选条件 (officer filter); all given conditions must hold' })
export class OfficerFilter extends ListFilter('姓名包含 (name contains)') {
  @Field(() => ID, { nullable: true, description: '所属执法主体及其下级 (agency, sub-units included)' })
  agencyId?: string | null;

  @Field(() => EmploymentStatus, { nullable: true, description: '在岗状态 (employment status)' })
  employmentStatus?: EmploymentStatus | null;

  @Field(() => Duty, { nullable: true, description: '岗位职责包含 (has this duty), e.g. SUPERVISION for the 执法监督人员 a complaint may be given to' })
  duty?: Duty | null;
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
export class OfficerOrder extends OrderBy(OfficerOrderField) {}

@ObjectType({ description: '执法人员列表的一页 (a page of officers)' })
export class OfficerList extends Paged(Officer, { zh: '执法人员', en: 'officers' }) {}
