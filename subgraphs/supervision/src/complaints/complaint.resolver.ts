import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskName, maskPhone, PageArgs } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { Complaint } from './complaint.entity.js';
import { ComplaintFilter, ComplaintList, ComplaintOrder, CreateComplaintInput } from './complaint.inputs.js';
import { createComplaint, getComplaint, listComplaints } from './complaint.service.js';
import { mayReadComplainant } from './complaint.rules.js';
import { AgencyStub } from '../external/agency.stub.js';
import { OfficerStub } from '../external/officer.stub.js';

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Query(() => ComplaintList, { description: '投诉举报列表 (complaints the caller may see)' })
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
    return createComplaint(ctx.em, ctx.identity, ctx.clock, input, ctx.loaders.personnel);
  }

  @FieldResolver(() => String, { nullable: true, description: '投诉人姓名 (complainant name); masked (张*) unless the caller handles complaints' })
  complainantName(@Root() c: Complaint, @Ctx() ctx: SupervisionContext): string | null {
    return mayReadComplainant(ctx.identity) ? c.complainantName : maskName(c.complainantName);
  }

  @FieldResolver(() => String, { nullable: true, description: '投诉人电话 (complainant phone); masked (138****5678) unless the caller handles complaints' })
  complainantPhone(@Root() c: Complaint, @Ctx() ctx: SupervisionContext): string | null {
    return mayReadComplainant(ctx.identity) ? c.complainantPhone : maskPhone(c.complainantPhone);
  }

  @FieldResolver(() => AgencyStub, { description: '被投诉执法主体 (agency complained of)' })
  agency(@Root() c: Complaint): AgencyStub {
    return { id: c.agencyId };
  }

  @FieldResolver(() => OfficerStub, { nullable: true, description: '被投诉执法人员 (officer complained of)' })
  officer(@Root() c: Complaint): OfficerStub | null {
    return c.officerId ? { id: c.officerId } : null;
  }
}
