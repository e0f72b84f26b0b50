import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeLogList, PageArgs } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { AgencyStub } from '../external/agency.stub.js';
import { CaseStub } from '../external/case.stub.js';
import { SupervisionNotice } from '../notices/notice.entity.js';
import { DecisionEffect, SupervisionDecision } from './decision.entity.js';
import { CreateSupervisionDecisionInput, SupervisionDecisionFilter, SupervisionDecisionList, SupervisionDecisionOrder } from './decision.inputs.js';
import { createSupervisionDecision, listSupervisionDecisions, readableDecision } from './decision.service.js';

@Resolver(() => SupervisionDecision)
export class SupervisionDecisionResolver {
  @Query(() => SupervisionDecisionList, { description: '监督决定书列表 (supervision decisions the caller may see), newest first by default' })
  supervisionDecisions(
    @Ctx() ctx: SupervisionContext,
    @Args() page: PageArgs,
    @Arg('filter', () => SupervisionDecisionFilter, { nullable: true, description: '筛选 (filter)' }) filter?: SupervisionDecisionFilter | null,
    @Arg('orderBy', () => SupervisionDecisionOrder, { nullable: true, description: '排序 (order)' }) orderBy?: SupervisionDecisionOrder | null,
  ): Promise<SupervisionDecisionList> {
    return listSupervisionDecisions(ctx, filter, orderBy, page);
  }

  @Query(() => SupervisionDecision, { description: '一份监督决定书 (one supervision decision); NOT_FOUND outside the caller\'s scope' })
  supervisionDecision(@Ctx() ctx: SupervisionContext, @Arg('id', () => ID, { description: '决定书编号 (decision id)' }) id: string): Promise<SupervisionDecision> {
    return readableDecision(ctx.em, ctx.identity, id);
  }

  @Mutation(() => SupervisionDecision, {
    description: '制发行政执法监督决定书 (issue a supervision decision on an unrectified notice, 004 第二十五条; refused while the case is under 复议/诉讼): a supervisor of the supervised agency\'s subtree. 撤销/确认违法/确认无效 reach the case by event',
  })
  createSupervisionDecision(
    @Ctx() ctx: SupervisionContext,
    @Arg('input', () => CreateSupervisionDecisionInput, { description: '决定书内容 (the decision)' }) input: CreateSupervisionDecisionInput,
  ): Promise<SupervisionDecision> {
    return createSupervisionDecision(ctx, input);
  }

  @FieldResolver(() => SupervisionNotice, { description: '所依据的监督通知书 (the notice it was issued on)' })
  async notice(@Root() d: SupervisionDecision, @Ctx() ctx: SupervisionContext): Promise<SupervisionNotice> {
    return (await ctx.loaders.noticeById.load(d.noticeId))!;
  }

  @FieldResolver(() => AgencyStub, { description: '被监督机关 (the supervised agency, the addressee)' })
  agency(@Root() d: SupervisionDecision): AgencyStub {
    return { id: d.agencyId };
  }

  @FieldResolver(() => CaseStub, { nullable: true, description: '所涉案件 (the case whose decision it concerns; cases answers its fields under the caller\'s rights)' })
  case(@Root() d: SupervisionDecision): CaseStub | null {
    return d.caseId ? { id: d.caseId } : null;
  }

  @FieldResolver(() => DecisionEffect, { nullable: true, description: '对案件的效力 (whether the 撤销/确认违法/确认无效 reached the case: PENDING, APPLIED, NOT_APPLIED with the reason); null for the types that do not reach it' })
  effect(@Root() d: SupervisionDecision): DecisionEffect | null {
    if (!d.effect) return null;
    return { state: d.effect, reason: d.effectReason, appliedAt: d.effectAppliedAt, publicationWithdrawn: d.publicationWithdrawn };
  }

  @FieldResolver(() => ChangeLogList, { description: '修改记录，最新的在前 (who did what to this decision, when; newest first), paged' })
  changeLog(@Root() d: SupervisionDecision, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    return ctx.loaders.noticeDecisionChangeLog.load(d.id, page);
  }
}
