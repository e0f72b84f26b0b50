import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged, SortDirection } from '@jiandu/kit';
import { DutyOffence, PublicInterestConduct, PublicInterestField, Referral, ReferralClueKind, ReferralRecipientKind, ReferralStatus } from './referral.entity.js';

@InputType({ description: '问题线索移送 (a referral of a clue, 004 第三十一条); drafted, then sent' })
export class ReferralInput {
  @Field(() => ReferralClueKind, { description: '线索种类 (kind of clue)' })
  clueKind!: ReferralClueKind;

  @Field(() => DutyOffence, { nullable: true, description: '涉嫌的职务违法或职务犯罪 (duty offences: required)' })
  offence?: DutyOffence | null;

  @Field(() => PublicInterestField, { nullable: true, description: '所在领域 (public-interest clues: required, one of the four of 004 第三十一条 第二款)' })
  field?: PublicInterestField | null;

  @Field(() => PublicInterestConduct, { nullable: true, description: '违法行使职权或者不作为 (public-interest clues: required)' })
  conduct?: PublicInterestConduct | null;

  @Field(() => ReferralRecipientKind, { description: '接收机关类别 (监察机关 for duty offences, 检察机关 for public-interest clues)' })
  recipientKind!: ReferralRecipientKind;

  @Field({ description: '接收机关名称 (the receiving body\'s name)' })
  recipientName!: string;

  @Field(() => ID, { description: '所涉执法主体 (agency concerned): one of the caller\'s subtree' })
  agencyId!: string;

  @Field(() => [ID], { nullable: true, description: '所涉行政执法人员 (officers concerned, of that agency or a unit below it; checked with personnel)' })
  officerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '相关案件 (related case ids; checked with cases)' })
  caseIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '相关投诉举报 (related complaint ids)' })
  complaintIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: '发现线索的现场监督 (the inspection it was found in)' })
  inspectionId?: string | null;

  @Field({ description: '线索摘要 (summary of the clue), at least 10 characters' })
  summary!: string;
}

@InputType({ description: '移送回执 (the receiving body\'s acknowledgement)' })
export class ReferralReceiptInput {
  @Field({ description: '接收日期 (received on, YYYY-MM-DD): not before it was sent, not in the future' })
  receivedOn!: string;

  @Field({ description: '接收人 (who received it)' })
  receivedBy!: string;

  @Field(() => String, { nullable: true, description: '回执说明 (note)' })
  note?: string | null;
}

@InputType({ description: '接收机关的处理反馈 (the receiving body\'s reply: handling or result)' })
export class ReferralReplyInput {
  @Field({ description: '反馈日期 (replied on, YYYY-MM-DD): not before receipt, not in the future' })
  repliedOn!: string;

  @Field({ description: '处理情况或结果 (what it did)' })
  reply!: string;
}

@InputType({ description: '移送筛选条件 (referral filter)' })
export class ReferralFilter extends ListFilter('文号、接收机关或线索摘要包含 (number, recipient or summary contains)') {
  @Field(() => ID, { nullable: true, description: '所涉执法主体 (agency)' })
  agencyId?: string | null;

  @Field(() => ReferralClueKind, { nullable: true, description: '线索种类 (kind of clue)' })
  clueKind?: ReferralClueKind | null;

  @Field(() => ReferralRecipientKind, { nullable: true, description: '接收机关类别 (kind of recipient)' })
  recipientKind?: ReferralRecipientKind | null;

  @Field(() => ReferralStatus, { nullable: true, description: '状态 (status)' })
  status?: ReferralStatus | null;

  @Field(() => ID, { nullable: true, description: '所涉行政执法人员 (one officer\'s referrals)' })
  officerId?: string | null;

  @Field(() => ID, { nullable: true, description: '发现线索的现场监督 (one inspection\'s referrals)' })
  inspectionId?: string | null;
}

export enum ReferralOrderField {
  CREATED_AT = 'CREATED_AT',
  SENT_ON = 'SENT_ON',
  STATUS = 'STATUS',
}
registerEnumType(ReferralOrderField, {
  name: 'ReferralOrderField',
  description: '移送排序字段 (referral sort field)',
  valuesConfig: { CREATED_AT: { description: '拟稿时间 (created at)' }, SENT_ON: { description: '移送日期 (sent on)' }, STATUS: { description: '状态 (status)' } },
});

@InputType({ description: '移送排序 (referral order)' })
export class ReferralOrder extends OrderBy(ReferralOrderField, SortDirection.DESC) {}

@ObjectType({ description: '移送列表的一页 (a page of referrals)' })
export class ReferralList extends Paged(Referral, { zh: '移送', en: 'referrals' }) {}
