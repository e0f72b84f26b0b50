import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { ComplaintList } from '../complaints/complaint.inputs.js';
import { AgencyStub } from './agency.stub.js';
import { OfficerStub } from './officer.stub.js';

@Resolver(() => OfficerStub)
export class OfficerComplaintsResolver {
  @FieldResolver(() => ComplaintList, { description: '针对该执法人员的投诉举报，caller 可见的部分 (complaints about the officer that the caller may see), newest first, paged' })
  complaints(@Root() officer: OfficerStub, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ComplaintList> {
    return ctx.loaders.complaintsByOfficer.load(officer.id, page);
  }
}

@Resolver(() => AgencyStub)
export class AgencyComplaintsResolver {
  @FieldResolver(() => ComplaintList, { description: '针对该执法主体的投诉举报，caller 可见的部分 (complaints about the agency that the caller may see), newest first, paged' })
  complaints(@Root() agency: AgencyStub, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ComplaintList> {
    return ctx.loaders.complaintsByAgency.load(agency.id, page);
  }
}
