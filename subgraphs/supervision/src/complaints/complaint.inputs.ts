import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged, SortDirection } from '@jiandu/kit';
import { Complaint, ComplaintChannel, ComplaintFinding, ComplaintStatus, ReplyMethod } from './complaint.entity.js';
import { ComplaintAction } from './complaint.rules.js';

@InputType({ description: '登记投诉举报 (register a complaint)' })
export class CreateComplaintInput {
  @Field(() => ComplaintChannel, { description: '渠道 (channel)' })
  channel!: ComplaintChannel;

  @Field({ defaultValue: false, description: '是否匿名 (anonymous); an anonymous complaint carries no complainant details' })
  anonymous: boolean = false;

  @Field(() => String, { nullable: true, description: '投诉人姓名 (complainant name), required unless anonymous' })
  complainantName?: string | null;

  @Field(() => String, { nullable: true, description: '投诉人联系电话 (complainant phone), optional; spaces, dashes and +86 are allowed' })
  complainantPhone?: string | null;

  @Field(() => String, { nullable: true, description: '投诉人联系地址 (complainant address), optional, at most 200 characters' })
  complainantAddress?: string | null;

  @Field(() => String, { nullable: true, description: '投诉人电子邮箱 (complainant e-mail), optional' })
  complainantEmail?: string | null;

  @Field(() => ID, { description: '被投诉执法主体编号 (agency complained of)' })
  agencyId!: string;

  @Field(() => ID, { nullable: true, description: '被投诉执法人员编号 (officer complained of), optional' })
  officerId?: string | null;

  @Field(() => ID, { nullable: true, description: '关联案件编号 (the case complained of), optional: a case of the agency complained of or of one of its sub-units' })
  caseId?: string | null;

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

  @Field(() => Boolean, { nullable: true, description: '办理中 (true: received, accepted or investigating — the workbench; false: rejected or concluded)' })
  open?: boolean | null;

  @Field(() => ID, { nullable: true, description: '关联案件 (case)' })
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: '承办人 (handler, an officer id)' })
  handlerId?: string | null;

  @Field(() => String, { nullable: true, description: '收到日期起 (received on or after, YYYY-MM-DD)' })
  receivedFrom?: string | null;

  @Field(() => String, { nullable: true, description: '收到日期止 (received on or before, YYYY-MM-DD)' })
  receivedTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只看重复投诉 (only complaints whose complainant complained more than once); supervisors who handle them only' })
  repeatOnly?: boolean | null;

  @Field(() => ID, { nullable: true, description: '同一投诉人的其他投诉 (the other complaints of the complainant of this one); supervisors who handle them only' })
  sameComplainantAs?: string | null;
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

registerEnumType(ComplaintAction, {
  name: 'ComplaintAction',
  description: '投诉举报当前可办理的操作 (what the caller may do to a complaint now)',
  valuesConfig: {
    ACCEPT: { description: '受理 (accept)' },
    REJECT: { description: '不予受理 (reject, with a reason)' },
    ASSIGN_HANDLER: { description: '指定或变更承办人 (assign or change the handler)' },
    START_INVESTIGATION: { description: '开始调查核实 (start the investigation)' },
    CONCLUDE: { description: '办结并答复 (conclude, with the reply)' },
    LINK_CASE: { description: '关联案件 (set or change the linked case)' },
  },
});

@InputType({ description: '办结投诉举报 (conclude a complaint: the finding and the reply to the complainant)' })
export class ConcludeComplaintInput {
  @Field(() => ComplaintFinding, { description: '调查核实结论 (what the investigation found)' })
  finding!: ComplaintFinding;

  @Field({ description: '答复内容 (the reply: the result as told to the complainant), at least 4 characters' })
  reply!: string;

  @Field(() => ReplyMethod, { nullable: true, description: '答复方式 (how the complainant was replied to); required unless the complaint is anonymous' })
  repliedVia?: ReplyMethod | null;

  @Field(() => String, { nullable: true, description: '答复日期 (YYYY-MM-DD), not before the complaint was received nor after today; required unless anonymous' })
  repliedOn?: string | null;
}
