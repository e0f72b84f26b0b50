import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SupervisionContext } from '../context.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { AgencyStub } from './agency.stub.js';
import { OfficerStub } from './officer.stub.js';

@Resolver(() => OfficerStub)
export class OfficerComplaintsResolver {
  @FieldResolver(() => [Complaint], { description: '针对该执法人员的投诉举报，caller 可见的部分 (complaints about the officer that the caller may see), newest first' })
  complaints(@Root() officer: OfficerStub, @Ctx() ctx: SupervisionContext): Promise<Complaint[]> {
    return ctx.loaders.complaintsByOfficer.load(officer.id);
  }
}

@Resolver(() => AgencyStub)
export class AgencyComplaintsResolver {
  @FieldResolver(() => [Complaint], { description: '针对该执法主体的投诉举报，caller 可见的部分 (complaints about the agency that the caller may see), newest first' })
  complaints(@Root() agency: AgencyStub, @Ctx() ctx: SupervisionContext): Promise<Complaint[]> {
    return ctx.loaders.complaintsByAgency.load(agency.id);
  }
}
