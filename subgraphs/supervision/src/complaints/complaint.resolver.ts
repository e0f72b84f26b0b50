import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeLogList, maskAddress, maskName, maskPhone, PageArgs } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { Complaint } from './complaint.entity.js';
import { ComplaintStep } from './complaint-step.entity.js';
import { ComplaintFilter, ComplaintList, ComplaintOrder, CreateComplaintInput } from './complaint.inputs.js';
import { createComplaint, getComplaint, listComplaints } from './complaint.service.js';
import { availableComplaintActions, ComplaintAction } from './complaint.rules.js';
import { maskEmail } from './complaint-workflow.service.js';
import { AgencyStub } from '../external/agency.stub.js';
import { OfficerStub } from '../external/officer.stub.js';
import { CaseStub } from '../external/case.stub.js';

/** Whether the caller reads this complaint's complainant in full (complaint.access.ts): its supervisors. */
const readsComplainant = (c: Complaint, ctx: SupervisionContext) => ctx.loaders.complaintDetails.supervises.load(c.agencyId);

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Query(() => ComplaintList, { description: '投诉举报列表 (complaints the caller may see), newest first unless ordered; the workbench asks `open: true` oldest first' })
  complaints(
    @Ctx() ctx: SupervisionContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ComplaintFilter, { nullable: true, description: '筛选 (filter)' }) filter?: ComplaintFilter | null,
    @Arg('orderBy', () => ComplaintOrder, { nullable: true, description: '排序 (order)' }) orderBy?: ComplaintOrder | null,
  ): Promise<ComplaintList> {
    return listComplaints(ctx.em, ctx.identity, filter, orderBy, page);
  }

  @Query(() => Complaint, { description: '一件投诉举报 (one complaint by id)' })
  complaint(@Ctx() ctx: SupervisionContext, @Arg('id', () => ID, { description: '投诉编号 (complaint id)' }) id: string): Promise<Complaint> {
    return getComplaint(ctx.em, ctx.identity, id);
  }

  @Mutation(() => Complaint, { description: '登记投诉举报 (register a complaint, 004 第八条); supervisors only' })
  createComplaint(@Ctx() ctx: SupervisionContext, @Arg('input', () => CreateComplaintInput, { description: '投诉内容 (the complaint)' }) input: CreateComplaintInput): Promise<Complaint> {
    return createComplaint(ctx.em, ctx.identity, ctx.clock, input, ctx.loaders.personnel, ctx.loaders.cases);
  }

  @FieldResolver(() => String, { nullable: true, description: '投诉人姓名 (complainant name); in full for the supervisors of the complained-of agency\'s subtree, masked (张*) for everyone else' })
  async complainantName(@Root() c: Complaint, @Ctx() ctx: SupervisionContext): Promise<string | null> {
    return (await readsComplainant(c, ctx)) ? c.complainantName : maskName(c.complainantName);
  }

  @FieldResolver(() => String, { nullable: true, description: '投诉人电话 (complainant phone); in full for the supervisors who handle it, masked (138****5678) for everyone else' })
  async complainantPhone(@Root() c: Complaint, @Ctx() ctx: SupervisionContext): Promise<string | null> {
    return (await readsComplainant(c, ctx)) ? c.complainantPhone : maskPhone(c.complainantPhone);
  }

  @FieldResolver(() => String, { nullable: true, description: '投诉人联系地址 (complainant address); in full for the supervisors who handle it, masked (新疆乌鲁木齐****) for everyone else' })
  async complainantAddress(@Root() c: Complaint, @Ctx() ctx: SupervisionContext): Promise<string | null> {
    return (await readsComplainant(c, ctx)) ? c.complainantAddress : maskAddress(c.complainantAddress);
  }

  @FieldResolver(() => String, { nullable: true, description: '投诉人电子邮箱 (complainant e-mail); in full for the supervisors who handle it, masked (z***@example.com) for everyone else' })
  async complainantEmail(@Root() c: Complaint, @Ctx() ctx: SupervisionContext): Promise<string | null> {
    return (await readsComplainant(c, ctx)) ? c.complainantEmail : maskEmail(c.complainantEmail);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: '重复投诉 (the complainant also made another complaint the caller handles — recognised by a keyed fingerprint of his phone, never shown); null for callers who may not read the complainant, false for an anonymous complaint',
  })
  async repeat(@Root() c: Complaint, @Ctx() ctx: SupervisionContext): Promise<boolean | null> {
    const n = await this.sameComplainantCount(c, ctx);
    return n === null ? null : n > 0;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '同一投诉人的其他投诉数 (how many other complaints of the same complainant the caller handles; list them with `complaints(filter: { sameComplainantAs })`); null for callers who may not read the complainant',
  })
  async sameComplainantCount(@Root() c: Complaint, @Ctx() ctx: SupervisionContext): Promise<number | null> {
    if (!(await readsComplainant(c, ctx))) return null;
    if (!c.complainantFingerprint) return 0;
    return Math.max(0, (await ctx.loaders.complaintDetails.fingerprintCounts.load(c.complainantFingerprint)) - 1);
  }

  @FieldResolver(() => AgencyStub, { description: '被投诉执法主体 (agency complained of)' })
  agency(@Root() c: Complaint): AgencyStub {
    return { id: c.agencyId };
  }

  @FieldResolver(() => OfficerStub, { nullable: true, description: '被投诉执法人员 (officer complained of)' })
  officer(@Root() c: Complaint): OfficerStub | null {
    return c.officerId ? { id: c.officerId } : null;
  }

  @FieldResolver(() => OfficerStub, { nullable: true, description: '承办人 (the handler, a 执法监督人员: his personnel record, under personnel\'s officer rule — null outside the caller\'s scope; `handlerName` always names him)' })
  handler(@Root() c: Complaint): OfficerStub | null {
    return c.handlerId ? { id: c.handlerId } : null;
  }

  @FieldResolver(() => CaseStub, { nullable: true, description: '关联案件 (the case the complaint concerns, under cases\' read rule — null for a caller who may not read it)' })
  case(@Root() c: Complaint): CaseStub | null {
    return c.caseId ? { id: c.caseId } : null;
  }

  @FieldResolver(() => [ComplaintStep], { description: '办理过程 (the dated steps: registered, accepted or rejected, handler assigned, investigation, concluded), oldest first' })
  steps(@Root() c: Complaint, @Ctx() ctx: SupervisionContext): Promise<ComplaintStep[]> {
    return ctx.loaders.complaintDetails.stepsByComplaint.load(c.id);
  }

  @FieldResolver(() => [ComplaintAction], { description: '当前可办理的操作 (what the caller may do now: a supervisor of the agency\'s subtree, by the state; the commands check the same)' })
  async availableActions(@Root() c: Complaint, @Ctx() ctx: SupervisionContext): Promise<ComplaintAction[]> {
    const { identity } = ctx;
    const supervisor = !identity.anonymous && (await ctx.loaders.complaintDetails.supervises.load(c.agencyId));
    return availableComplaintActions(c, supervisor);
  }

  @FieldResolver(() => ChangeLogList, { description: '修改记录，最新的在前 (who did what to this complaint, when; newest first; the complainant masked), paged' })
  changeLog(@Root() c: Complaint, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    return ctx.loaders.complaintDetails.changeLogByComplaint.load(c.id, page);
  }
}
