import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged, SortDirection } from '@jiandu/kit';
import { Complaint, ComplaintChannel, ComplaintStatus } from './complaint.entity.js';

@InputType({ description: '登记投诉举报 (register a complaint)' })
export class CreateComplaintInput {
  @Field(() => ComplaintChannel, { description: '渠道 (channel)' })
  channel!: ComplaintChannel;

  @Field({ defaultValue: false, description: '是否匿名 (anonymous); an anonymous complaint carries no complainant details' })
  anonymous: boolean = false;

  @Field(() => String, { nullable: true, description: '投诉人姓名 (complainant name), required unless anonymous' })
  complainantName?: string | null;

  @Field(() => String, { nullable: true, description: '投诉人联系电话 (complainant phone), optional' })
  complainantPhone?: string | null;

  @Field(() => ID, { description: '被投诉执法主体编号 (agency complained of)' })
  agencyId!: string;

  @Field(() => ID, { nullable: true, description: '被投诉执法人员编号 (officer complained of), optional' })
  officerId?: string | null;

  @Field({ description: `投诉内容 (what the complaint says), 1–5000 characters` })
  content!: string;

  @Field(() => Date, { nullable: true, description: '收到时间 (received at); defaults to now, cannot be in the future' })
  receivedAt?: Date | null;
}

@InputType({ description: '投诉举报筛选条件 (complaint filter)' })
export class ComplaintFilter extends ListFilter('登记号或内容包含 (number or content contains)') {
  @Field(() => ComplaintStatus, { nullable: true, description: '办理状态 (status)' })
  status?: ComplaintStatus | null;

  @Field(() => ID, { nullable: true, description: '被投诉执法主体 (agency)' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: '被投诉执法人员 (officer)' })
  officerId?: string | null;
}

export enum ComplaintOrderField {
  RECEIVED_AT = 'RECEIVED_AT',
  NUMBER = 'NUMBER',
  STATUS = 'STATUS',
}
registerEnumType(ComplaintOrderField, {
  name: 'ComplaintOrderField',
  description: '投诉举报排序字段 (complaint sort field)',
  valuesConfig: { RECEIVED_AT: { description: '收到时间 (received at)' }, NUMBER: { description: '登记号 (number)' }, STATUS: { description: '状态 (status)' } },
});

@InputType({ description: '投诉举报排序 (complaint order)' })
export class ComplaintOrder extends OrderBy(ComplaintOrderField, SortDirection.DESC) {}

@ObjectType({ description: '投诉举报列表的一页 (a page of complaints)' })
export class ComplaintList extends Paged(Complaint, { zh: '投诉举报', en: 'complaints' }) {}
