import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeLogList, PageArgs, StatutoryDeadline, today } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { AgencyStub } from '../external/agency.stub.js';
import { CaseStub } from '../external/case.stub.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { SupervisionDecision } from '../decisions/decision.entity.js';
import { SupervisionNotice } from './notice.entity.js';
import { NoticeAction, ObjectionOutcome } from './notice.enums.js';
import { CreateNoticeInput, NoticeFilter, NoticeList, NoticeOrder } from './notice.inputs.js';
import { availableNoticeActions, decisionBlocker, isOverdue, noticeDeadlines, objectionPending } from './notice.rules.js';
import {
  answerNoticeObjection, createNotice, listNotices, noticeRoles, objectToNotice, readableNotice, recordNoticeReceipt, reportRectification, verifyRectification,
} from './notice.service.js';

const idArg = { description: '通知书编号 (notice id)' };
const versionArg = { description: '办理前的版本号 (the version the step is based on)' };

@Resolver(() => SupervisionNotice)
export class NoticeResolver {
  @Query(() => NoticeList, { description: '监督通知书列表 (supervision notices the caller may see: supervisors and administrators of the supervised agency\'s subtree), newest first by default' })
  notices(
    @Ctx() ctx: SupervisionContext,
    @Args() page: PageArgs,
    @Arg('filter', () => NoticeFilter, { nullable: true, description: '筛选 (filter)' }) filter?: NoticeFilter | null,
    @Arg('orderBy', () => NoticeOrder, { nullable: true, description: '排序 (order)' }) orderBy?: NoticeOrder | null,
  ): Promise<NoticeList> {
    return listNotices(ctx, filter, orderBy, page);
  }

  @Query(() => SupervisionNotice, { description: '一份监督通知书 (one notice); NOT_FOUND outside the caller\'s scope' })
  notice(@Ctx() ctx: SupervisionContext, @Arg('id', () => ID, idArg) id: string): Promise<SupervisionNotice> {
    return readableNotice(ctx.em, ctx.identity, id);
  }

  @Mutation(() => SupervisionNotice, { description: '下发行政执法监督通知书 (issue a supervision notice, 004 第二十三条): a supervisor of the supervised agency\'s subtree; numbered in his body\'s series' })
  createNotice(@Ctx() ctx: SupervisionContext, @Arg('input', () => CreateNoticeInput, { description: '通知书内容 (the notice)' }) input: CreateNoticeInput): Promise<SupervisionNotice> {
    return createNotice(ctx, input);
  }

  @Mutation(() => SupervisionNotice, { description: '登记送达 (record the date the supervised body received the notice: in the past or today, not before issue); starts the clocks of 004 第二十四条 — the supervisor or the supervised body' })
  recordNoticeReceipt(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('receivedOn', { description: '送达日期 (YYYY-MM-DD)' }) receivedOn: string,
  ): Promise<SupervisionNotice> {
    return recordNoticeReceipt(ctx, id, version, receivedOn);
  }

  @Mutation(() => SupervisionNotice, { description: '申请复查 (object to the notice, within 7 days of receipt, 004 第二十四条第二款; later: DEADLINE_PASSED) — the supervised body\'s administrator' })
  objectToNotice(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('reason', { description: '复查理由 (grounds of the objection)' }) reason: string,
  ): Promise<SupervisionNotice> {
    return objectToNotice(ctx, id, version, reason);
  }

  @Mutation(() => SupervisionNotice, { description: '复查答复 (answer the objection, within 15 days of receiving it, 004 第二十四条第二款): upheld revokes the notice — a supervisor' })
  answerNoticeObjection(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('outcome', () => ObjectionOutcome, { description: '复查结论 (upheld or maintained)' }) outcome: ObjectionOutcome,
    @Arg('answer', { description: '答复内容 (the answer)' }) answer: string,
  ): Promise<SupervisionNotice> {
    return answerNoticeObjection(ctx, id, version, outcome, answer);
  }

  @Mutation(() => SupervisionNotice, { description: '报送整改情况 (report the rectification, within 30 days of receipt, 004 第二十四条第一款; a later report is accepted and shown late) — the supervised body\'s administrator' })
  reportRectification(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('report', { description: '整改情况 (what was corrected)' }) report: string,
  ): Promise<SupervisionNotice> {
    return reportRectification(ctx, id, version, report);
  }

  @Mutation(() => SupervisionNotice, { description: '核验整改情况 (verify the reported rectification: accepted, or not — 拒不改正/未整改到位, which allows a 监督决定书, 004 第二十五条) — a supervisor' })
  verifyRectification(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('accepted', { description: '验收通过 (accepted)' }) accepted: boolean,
    @Arg('opinion', { description: '核验意见 (the supervisor\'s opinion)' }) opinion: string,
  ): Promise<SupervisionNotice> {
    return verifyRectification(ctx, id, version, accepted, opinion);
  }

  @FieldResolver(() => AgencyStub, { description: '被监督机关 (the supervised agency, the addressee)' })
  agency(@Root() n: SupervisionNotice): AgencyStub {
    return { id: n.agencyId };
  }

  @FieldResolver(() => [ID], { description: '关联案件编号 (ids of the cases it concerns, in order)' })
  async caseIds(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext): Promise<string[]> {
    return (await ctx.loaders.casesOfNotice.load(n.id)).map((l) => l.caseId);
  }

  @FieldResolver(() => [CaseStub], { nullable: 'items', description: '关联案件 (the cases it concerns; cases answers their fields under the caller\'s rights — null for one he may not read)' })
  async cases(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext): Promise<CaseStub[]> {
    return (await ctx.loaders.casesOfNotice.load(n.id)).map((l) => ({ id: l.caseId }));
  }

  @FieldResolver(() => [Complaint], { description: '关联投诉举报 (the complaints it follows up that the caller may see, in order)' })
  async complaints(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext): Promise<Complaint[]> {
    const links = await ctx.loaders.complaintsOfNotice.load(n.id);
    const found = await ctx.loaders.complaintById.loadMany(links.map((l) => l.complaintId));
    return found.filter((c): c is Complaint => c instanceof Object && !(c instanceof Error));
  }

  @FieldResolver(() => StatutoryDeadline, { nullable: true, description: '整改期限 (rectify and report within 30 days of receipt, 004 第二十四条第一款); null before receipt' })
  rectificationDeadline(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext): StatutoryDeadline | null {
    return noticeDeadlines(n, today(ctx.clock)).rectification;
  }

  @FieldResolver(() => StatutoryDeadline, { nullable: true, description: '申请复查期限 (object within 7 days of receipt, 004 第二十四条第二款); null before receipt' })
  objectionDeadline(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext): StatutoryDeadline | null {
    return noticeDeadlines(n, today(ctx.clock)).objection;
  }

  @FieldResolver(() => StatutoryDeadline, { nullable: true, description: '复查答复期限 (answer within 15 days of receiving the objection, 004 第二十四条第二款); null without an objection' })
  answerDeadline(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext): StatutoryDeadline | null {
    return noticeDeadlines(n, today(ctx.clock)).answer;
  }

  @FieldResolver(() => [StatutoryDeadline], { description: '期限 (the deadlines shown as countdown chips: the rectification, the right to object while open or used, the answer)' })
  deadlines(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext): StatutoryDeadline[] {
    return noticeDeadlines(n, today(ctx.clock)).shown;
  }

  @FieldResolver(() => Boolean, { description: '已逾期 (overdue: the rectification report, or the answer to an objection, not done by its due date)' })
  overdue(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext): boolean {
    return isOverdue(n, today(ctx.clock));
  }

  @FieldResolver(() => Boolean, { description: '逾期报送 (the rectification was reported after its 30 days)' })
  reportedLate(@Root() n: SupervisionNotice): boolean {
    return !!n.reportedOn && !!n.rectifyDueOn && n.reportedOn > n.rectifyDueOn;
  }

  @FieldResolver(() => Boolean, { description: '复查中 (an objection waits for the supervisor\'s answer)' })
  objectionPending(@Root() n: SupervisionNotice): boolean {
    return objectionPending(n);
  }

  @FieldResolver(() => String, { nullable: true, description: '尚不能制发监督决定书的原因 (why no 监督决定书 may be issued yet, 004 第二十五条); null once it may' })
  decisionBlocker(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext): string | null {
    return decisionBlocker(n, today(ctx.clock));
  }

  @FieldResolver(() => [NoticeAction], { description: '当前可办理的操作 (what the caller may do now; the commands enforce the same conditions)' })
  async availableActions(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext): Promise<NoticeAction[]> {
    return availableNoticeActions(n, await noticeRoles(ctx.em, ctx.identity, n), today(ctx.clock));
  }

  @FieldResolver(() => [SupervisionDecision], { description: '据此制发的监督决定书 (the supervision decisions issued on this notice), oldest first' })
  decisions(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext): Promise<SupervisionDecision[]> {
    return ctx.loaders.decisionsOfNotice.load(n.id);
  }

  @FieldResolver(() => ChangeLogList, { description: '修改记录，最新的在前 (who did what to this notice, when; newest first), paged' })
  changeLog(@Root() n: SupervisionNotice, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    return ctx.loaders.noticeDecisionChangeLog.load(n.id, page);
  }
}
