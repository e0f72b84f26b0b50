import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@jiandu/kit';
import type { PersonnelContext } from '../context.js';
import { Agency } from './agency.entity.js';
import { AgencyFilter, AgencyList, AgencyOrder } from './agency.inputs.js';
import { getAgency, listAgencies } from './agency.service.js';
import { OfficerFilter, OfficerList, OfficerOrder } from '../officers/officer.inputs.js';
import { listOfficers } from '../officers/officer.service.js';
import { agencyAccess, checkAgencyRecords } from '../access/access.rules.js';
import { readableAgency } from '../access/access.reference.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => AgencyList, { description: '执法主体列表 (agencies): anonymous callers see published ones, staff see their part of the tree' })
  agencies(
    @Ctx() ctx: PersonnelContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AgencyFilter, { nullable: true, description: '筛选 (filter)' }) filter?: AgencyFilter | null,
    @Arg('orderBy', () => AgencyOrder, { nullable: true, description: '排序 (order)' }) orderBy?: AgencyOrder | null,
  ): Promise<AgencyList> {
    return listAgencies(ctx.em, ctx.identity, filter, orderBy, page);
  }

  @Query(() => Agency, { description: '一个执法主体 (one agency by id)' })
  agency(@Ctx() ctx: PersonnelContext, @Arg('id', () => ID, { description: '执法主体编号 (agency id)' }) id: string): Promise<Agency> {
    return getAgency(ctx.em, ctx.identity, id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: '上级执法主体 (parent agency); empty for a root, and when the caller may not see it (above his own node, or unpublished)' })
  parent(@Root() agency: Agency, @Ctx() ctx: PersonnelContext): Promise<Agency | null> | null {
    return agency.parentId ? readableAgency(ctx, agency.parentId) : null;
  }

  @FieldResolver(() => AgencyList, { description: '直属下级执法主体，按名称 (direct sub-units the caller may see, by name; anonymous callers: published ones), paged' })
  children(@Root() agency: Agency, @Ctx() ctx: PersonnelContext, @Args() page: PageArgs): Promise<AgencyList> {
    // the loader filters in SQL by the same rule (readableAgencyWhere), so pages and totals hold only what may be seen
    return ctx.loaders.childrenByAgency.load(agency.id, page);
  }

  @FieldResolver(() => String, { nullable: true, description: '主体资格确认人 (who confirmed its legal standing); staff in scope only' })
  qualificationConfirmedBy(@Root() agency: Agency, @Ctx() ctx: PersonnelContext): string | null {
    return agencyAccess(ctx.identity, agency) === 'FULL' ? agency.qualificationConfirmedBy : null;
  }

  @FieldResolver(() => Boolean, { description: '主体资格是否已确认 (legal standing confirmed, 004 第十条)' })
  qualificationConfirmed(@Root() agency: Agency): boolean {
    return agency.qualificationConfirmedAt !== null;
  }

  @FieldResolver(() => Int, { description: '执法人员人数 (number of officers, this agency only)' })
  officerCount(@Root() agency: Agency, @Ctx() ctx: PersonnelContext): Promise<number> {
    return ctx.loaders.officerCountByAgency.load(agency.id);
  }

  @FieldResolver(() => OfficerList, { description: '本主体及下级的执法人员 (officers of this agency and its sub-units); requires login' })
  officers(
    @Root() agency: Agency,
    @Ctx() ctx: PersonnelContext,
    @Args() page: PageArgs,
    @Arg('filter', () => OfficerFilter, { nullable: true, description: '筛选 (filter)' }) filter?: OfficerFilter | null,
    @Arg('orderBy', () => OfficerOrder, { nullable: true, description: '排序 (order)' }) orderBy?: OfficerOrder | null,
  ): Promise<OfficerList> {
    checkAgencyRecords(ctx.identity, agency);
    return listOfficers(ctx.em, ctx.identity, { ...filter, agencyId: agency.id }, orderBy, page);
  }
}
