import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeLogList, PageArgs } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { AgencyStub } from '../external/agency.stub.js';
import { OfficerStub } from '../external/officer.stub.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { DOCUMENT_TITLE, SupervisionDocumentKind } from '../documents/document.rules.js';
import { Sanction, SanctionEffect } from './sanction.entity.js';
import { SanctionEffectState } from './sanction.enums.js';
import { IssueSanctionInput, SanctionFilter, SanctionList, SanctionOrder, SanctionUnitDecisionInput } from './sanction.inputs.js';
import { getSanction, issueSanction, listSanctions, recordSanctionUnitDecision } from './sanction.service.js';
import { consequence, groundText, reachesCertificate, recommendation } from './sanction.rules.js';

@Resolver(() => Sanction)
export class SanctionResolver {
  @Query(() => SanctionList, { description: '处理记录列表 (sanctions on officers the caller may read: supervisors and agency administrators of the officer\'s agency subtree, the tree-wide administrators, and the officer himself)' })
  sanctions(
    @Ctx() ctx: SupervisionContext,
    @Args() page: PageArgs,
    @Arg('filter', () => SanctionFilter, { nullable: true, description: '筛选 (filter)' }) filter?: SanctionFilter | null,
    @Arg('orderBy', () => SanctionOrder, { nullable: true, description: '排序，默认发文时间倒序 (order; newest first by default)' }) orderBy?: SanctionOrder | null,
  ): Promise<SanctionList> {
    return listSanctions(ctx.em, ctx.identity, filter, orderBy, page);
  }

  @Query(() => Sanction, { description: '一份处理建议书 (one sanction by id); NOT_FOUND when the caller may not read it' })
  sanction(@Ctx() ctx: SupervisionContext, @Arg('id', () => ID, { description: '处理记录编号 (sanction id)' }) id: string): Promise<Sanction> {
    return getSanction(ctx.em, ctx.identity, id);
  }

  @Mutation(() => Sanction, {
    description: '提出处理 (issue a sanction on an officer, 004 第三十三条): supervisors of the officer\'s agency subtree; the officer is checked with personnel (fail closed). 暂扣 and 吊销 reach the certificate by event',
  })
  issueSanction(@Ctx() ctx: SupervisionContext, @Arg('input', () => IssueSanctionInput, { description: '处理 (the sanction)' }) input: IssueSanctionInput): Promise<Sanction> {
    return issueSanction(ctx, input);
  }

  @Mutation(() => Sanction, { description: '登记所在单位的处理决定 (record what the officer\'s unit decided, 004 第三十三条): agency administrators of the officer\'s agency subtree, once' })
  recordSanctionUnitDecision(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '处理记录编号 (sanction id)' }) id: string,
    @Arg('version', () => Int, { description: '您看到的版本号 (the version seen)' }) version: number,
    @Arg('input', () => SanctionUnitDecisionInput, { description: '处理决定 (the unit\'s decision)' }) input: SanctionUnitDecisionInput,
  ): Promise<Sanction> {
    return recordSanctionUnitDecision(ctx, id, version, input);
  }

  @FieldResolver(() => String, { description: '文书标题 (the document\'s title): 行政执法人员处理建议书' })
  title(): string {
    return DOCUMENT_TITLE[SupervisionDocumentKind.SANCTION];
  }

  @FieldResolver(() => String, { description: '处理事由全文 (the ground in the words of 004 第三十三条, with its item)' })
  groundText(@Root() s: Sanction): string {
    return groundText(s.ground);
  }

  @FieldResolver(() => String, { description: '处理建议 (the recommendation as the document words it)' })
  recommendation(@Root() s: Sanction): string {
    return recommendation(s.kind);
  }

  @FieldResolver(() => String, { description: '后果 (what follows from it, in the clerk\'s words; for 调离执法岗位 the hint that the unit records the move in personnel, 004 第十一条)' })
  consequence(@Root() s: Sanction): string {
    return consequence(s.kind);
  }

  @FieldResolver(() => Boolean, { description: '是否涉及行政执法证 (暂扣 or 吊销: reaches the certificate in personnel)' })
  reachesCertificate(@Root() s: Sanction): boolean {
    return reachesCertificate(s.kind);
  }

  @FieldResolver(() => SanctionEffect, { nullable: true, description: '对证件的处理结果 (for 暂扣 / 吊销: 待生效, 已生效 with the certificate and period, or 未生效 with the reason); null for the other kinds' })
  effect(@Root() s: Sanction): SanctionEffect | null {
    if (!s.effectState) return null;
    return {
      state: s.effectState,
      certificateId: s.effectCertificateId,
      certificateNumber: s.effectCertificateNumber,
      startsOn: s.effectState === SanctionEffectState.APPLIED ? s.effectiveOn : null,
      endsOn: s.effectEndsOn,
      rule: s.effectRule,
      reason: s.effectReason,
      appliedAt: s.effectAppliedAt,
    };
  }

  @FieldResolver(() => OfficerStub, { description: '被处理的执法人员 (the officer; personnel\'s rule applies: null when the caller may not read him)' })
  officer(@Root() s: Sanction): OfficerStub {
    return { id: s.officerId };
  }

  @FieldResolver(() => AgencyStub, { description: '所在单位 (the officer\'s agency at issue, the addressee)' })
  agency(@Root() s: Sanction): AgencyStub {
    return { id: s.agencyId };
  }

  @FieldResolver(() => [Complaint], { description: '相关投诉举报 (related complaints the caller may read)' })
  async relatedComplaints(@Root() s: Sanction, @Ctx() ctx: SupervisionContext): Promise<Complaint[]> {
    const found = await ctx.loaders.complaintById.loadMany(s.relatedComplaintIds);
    return found.filter((c): c is Complaint => !!c && !(c instanceof Error));
  }

  @FieldResolver(() => ChangeLogList, { description: '修改记录，最新的在前 (who did what to this sanction, when; newest first), paged' })
  changeLog(@Root() s: Sanction, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    return ctx.loaders.sanctions.changeLog.load(s.id, page);
  }
}

/** Contributed to personnel's Officer: his sanctions, paged, batched (one statement per page size). */
@Resolver(() => OfficerStub)
export class OfficerSanctionsResolver {
  @FieldResolver(() => SanctionList, { description: '处理记录 (sanctions on the officer the caller may read, 004 第三十三条), newest first, paged' })
  sanctions(@Root() officer: OfficerStub, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<SanctionList> {
    return ctx.loaders.sanctions.byOfficer.load(officer.id, page);
  }
}
