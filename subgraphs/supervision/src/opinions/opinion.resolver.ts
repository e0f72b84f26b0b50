import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeLogList, deadlineView, PageArgs, StatutoryDeadline, today } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { mayAnswerFor, maySupervise } from '../access/supervision.access.js';
import { AgencyStub } from '../external/agency.stub.js';
import { DOCUMENT_TITLE, SupervisionDocumentKind } from '../documents/document.rules.js';
import { CaseReviewBatch } from '../reviews/review.entity.js';
import { SupervisionOpinion } from './opinion.entity.js';
import {
  IssueReviewOpinionInput, OpinionRectificationReport, SupervisionOpinionFilter, SupervisionOpinionFinding, SupervisionOpinionList, SupervisionOpinionOrder,
} from './opinion.inputs.js';
import { doneOn, isUnmended, OpinionAction, opinionActions } from './opinion.rules.js';
import { decideOpinionRectification, getOpinion, issueReviewOpinion, listOpinions, reportOpinionRectification } from './opinion.service.js';

@Resolver(() => SupervisionOpinion)
export class SupervisionOpinionResolver {
  @Query(() => SupervisionOpinionList, { description: '行政执法监督意见书 (opinions the caller may see: supervisors and agency administrators of the addressee\'s subtree, the tree-wide roles)' })
  supervisionOpinions(
    @Ctx() ctx: SupervisionContext,
    @Args() page: PageArgs,
    @Arg('filter', () => SupervisionOpinionFilter, { nullable: true, description: '筛选 (filter)' }) filter?: SupervisionOpinionFilter | null,
    @Arg('orderBy', () => SupervisionOpinionOrder, { nullable: true, description: '排序 (order)' }) orderBy?: SupervisionOpinionOrder | null,
  ): Promise<SupervisionOpinionList> {
    return listOpinions(ctx.em, ctx.identity, ctx.clock, filter, orderBy, page);
  }

  @Query(() => SupervisionOpinion, { description: '一份监督意见书 (one opinion by id)' })
  supervisionOpinion(@Ctx() ctx: SupervisionContext, @Arg('id', () => ID, { description: '意见书编号 (opinion id)' }) id: string): Promise<SupervisionOpinion> {
    return getOpinion(ctx.em, ctx.identity, id);
  }

  @Mutation(() => SupervisionOpinion, { description: '制发监督意见书 (issue a 监督意见书 to an agency for its findings in a concluded review batch, 003 第15条); supervisors of the scope' })
  issueReviewOpinion(@Ctx() ctx: SupervisionContext, @Arg('input', () => IssueReviewOpinionInput, { description: '意见书 (the opinion)' }) input: IssueReviewOpinionInput): Promise<SupervisionOpinion> {
    return issueReviewOpinion(ctx, input);
  }

  @Mutation(() => SupervisionOpinion, { description: '报送整改情况 (the supervised body reports its rectification, 004 第二十四条 by analogy); agency administrators of the addressee\'s subtree' })
  reportOpinionRectification(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '意见书编号 (opinion id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('text', { description: '整改情况 (what was done, 4–5000 characters)' }) text: string,
  ): Promise<SupervisionOpinion> {
    return reportOpinionRectification(ctx, id, version, text);
  }

  @Mutation(() => SupervisionOpinion, { description: '审核整改情况 (the supervisor accepts the report — mended — or not, with the reason); supervisors of the addressee\'s subtree' })
  decideOpinionRectification(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '意见书编号 (opinion id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('accepted', { description: '是否认可 (accepted)' }) accepted: boolean,
    @Arg('note', () => String, { nullable: true, description: '审核意见 (required when not accepted)' }) note?: string | null,
  ): Promise<SupervisionOpinion> {
    return decideOpinionRectification(ctx, id, version, accepted, note);
  }

  @FieldResolver(() => String, { description: '文书名称 (title printed on the document): 行政执法监督意见书' })
  title(): string {
    return DOCUMENT_TITLE[SupervisionDocumentKind.OPINION];
  }

  @FieldResolver(() => AgencyStub, { description: '被监督机关 (the addressee agency, from personnel)' })
  agency(@Root() o: SupervisionOpinion): AgencyStub {
    return { id: o.agencyId };
  }

  @FieldResolver(() => CaseReviewBatch, { nullable: true, description: '评查批次 (the batch; null for a reader who may not read its scope)' })
  batch(@Root() o: SupervisionOpinion, @Ctx() ctx: SupervisionContext): Promise<CaseReviewBatch | null> {
    return ctx.loaders.reviews.batchById.load(o.batchId);
  }

  @FieldResolver(() => [SupervisionOpinionFinding], { description: '问题 (the findings, as printed)' })
  findings(@Root() o: SupervisionOpinion): SupervisionOpinionFinding[] {
    return o.findings.map((f) => Object.assign(new SupervisionOpinionFinding(), f));
  }

  @FieldResolver(() => StatutoryDeadline, { description: '整改期限 (the rectification deadline with its rule; yellow before, red after)' })
  deadline(@Root() o: SupervisionOpinion, @Ctx() ctx: SupervisionContext): StatutoryDeadline {
    return deadlineView('整改报告', { dueOn: o.dueOn, provisional: o.provisional, rule: o.rule, calendarBasis: o.calendarBasis, period: o.period }, doneOn(o), today(ctx.clock));
  }

  @FieldResolver(() => [OpinionRectificationReport], { description: '整改情况报告 (reports and verdicts, oldest first)' })
  reports(@Root() o: SupervisionOpinion): OpinionRectificationReport[] {
    return o.reports.map((r) => Object.assign(new OpinionRectificationReport(), { ...r, reportedAt: new Date(r.reportedAt), decidedAt: r.decidedAt ? new Date(r.decidedAt) : null }));
  }

  @FieldResolver(() => Boolean, { description: '逾期未整改 (unmended: past its deadline with no accepted report, 003 第15条 逾期未整改完毕)' })
  unmended(@Root() o: SupervisionOpinion, @Ctx() ctx: SupervisionContext): boolean {
    return isUnmended(o, today(ctx.clock));
  }

  @FieldResolver(() => [OpinionAction], { description: '可办理的操作 (what the caller may do now)' })
  async availableActions(@Root() o: SupervisionOpinion, @Ctx() ctx: SupervisionContext): Promise<OpinionAction[]> {
    const [answer, supervise] = await Promise.all([mayAnswerFor(ctx.em, ctx.identity, o.agencyId), maySupervise(ctx.em, ctx.identity, o.agencyId)]);
    return opinionActions(o, today(ctx.clock), { answer, supervise });
  }

  @FieldResolver(() => ChangeLogList, { description: '变更记录 (change log: issue, reports, verdicts, escalation), newest first' })
  changeLog(@Root() o: SupervisionOpinion, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    return ctx.loaders.reviews.changeLogByRecord.load(o.id, page);
  }
}

/** The opinions issued from a batch. */
@Resolver(() => CaseReviewBatch)
export class ReviewBatchOpinionsResolver {
  @FieldResolver(() => [SupervisionOpinion], { description: '监督意见书 (opinions issued from this batch, the caller may see)' })
  opinions(@Root() b: CaseReviewBatch, @Ctx() ctx: SupervisionContext): Promise<SupervisionOpinion[]> {
    return ctx.loaders.opinions.byBatch.load(b.id);
  }
}
