import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeLogList, PageArgs } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { AgencyStub } from '../external/agency.stub.js';
import { OfficerStub } from '../external/officer.stub.js';
import { DOCUMENT_TITLE, SupervisionDocumentKind } from '../documents/document.rules.js';
import { Referral } from './referral.entity.js';
import { ReferralFilter, ReferralInput, ReferralList, ReferralOrder, ReferralReceiptInput, ReferralReplyInput } from './referral.inputs.js';
import { createReferral, getReferral, listReferrals, recordReferralReceipt, recordReferralReply, sendReferral, updateReferral } from './referral.service.js';

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => ReferralList, { description: '问题线索移送列表 (referrals the caller may see: supervisors of the agency\'s subtree and tree-wide administrators), newest first' })
  referrals(
    @Ctx() ctx: SupervisionContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ReferralFilter, { nullable: true, description: '筛选 (filter)' }) filter?: ReferralFilter | null,
    @Arg('orderBy', () => ReferralOrder, { nullable: true, description: '排序 (order)' }) orderBy?: ReferralOrder | null,
  ): Promise<ReferralList> {
    return listReferrals(ctx.em, ctx.identity, filter, orderBy, page);
  }

  @Query(() => Referral, { description: '一次问题线索移送 (one referral by id)' })
  referral(@Ctx() ctx: SupervisionContext, @Arg('id', () => ID, { description: '移送编号 (referral id)' }) id: string): Promise<Referral> {
    return getReferral(ctx.em, ctx.identity, id);
  }

  @Mutation(() => Referral, { description: '拟制问题线索移送 (draft a referral, 004 第三十一条: duty offences to a 监察机关, public-interest harm to a 检察机关); supervisors of the agency\'s subtree' })
  createReferral(@Ctx() ctx: SupervisionContext, @Arg('input', () => ReferralInput, { description: '移送内容 (the referral)' }) input: ReferralInput): Promise<Referral> {
    return createReferral(ctx, input);
  }

  @Mutation(() => Referral, { description: '修改移送草稿 (change a draft; nothing once sent)' })
  updateReferral(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '移送编号 (referral id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('input', () => ReferralInput, { description: '移送内容 (the referral)' }) input: ReferralInput,
  ): Promise<Referral> {
    return updateReferral(ctx, id, version, input);
  }

  @Mutation(() => Referral, { description: '移送 (send: the 问题线索移送函 gets the next number of the issuing body\'s REFERRAL series, e.g. 监移〔2026〕1号)' })
  sendReferral(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '移送编号 (referral id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('sentOn', { description: '移送日期 (sent on, YYYY-MM-DD): not in the future, not before the draft' }) sentOn: string,
  ): Promise<Referral> {
    return sendReferral(ctx, id, version, sentOn);
  }

  @Mutation(() => Referral, { description: '登记移送回执 (record the receiving body\'s acknowledgement: received on, by whom)' })
  recordReferralReceipt(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '移送编号 (referral id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('input', () => ReferralReceiptInput, { description: '回执 (the acknowledgement)' }) input: ReferralReceiptInput,
  ): Promise<Referral> {
    return recordReferralReceipt(ctx, id, version, input);
  }

  @Mutation(() => Referral, { description: '登记接收机关的处理反馈 (record the receiving body\'s reply: its handling or result)' })
  recordReferralReply(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '移送编号 (referral id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('input', () => ReferralReplyInput, { description: '反馈 (the reply)' }) input: ReferralReplyInput,
  ): Promise<Referral> {
    return recordReferralReply(ctx, id, version, input);
  }

  @FieldResolver(() => String, { description: '文书标题 (the title printed on the letter: 问题线索移送函)' })
  documentTitle(): string {
    return DOCUMENT_TITLE[SupervisionDocumentKind.REFERRAL];
  }

  @FieldResolver(() => AgencyStub, { description: '所涉执法主体 (agency concerned)' })
  agency(@Root() r: Referral): AgencyStub {
    return { id: r.agencyId };
  }

  @FieldResolver(() => [OfficerStub], { description: '所涉行政执法人员 (officers concerned, from personnel)' })
  officers(@Root() r: Referral): OfficerStub[] {
    return r.officerIds.map((id) => ({ id }));
  }

  @FieldResolver(() => ChangeLogList, { description: '修改记录，最新的在前 (who changed what, when; newest first), paged' })
  changeLog(@Root() r: Referral, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    return ctx.loaders.onsite.changeLog.load(r.id, page);
  }
}
