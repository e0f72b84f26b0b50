import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { maskIdNumber, PageArgs } from '@jiandu/kit';
import type { PersonnelContext } from '../context.js';
import { Agency } from '../agencies/agency.entity.js';
import { Certificate } from '../certificates/certificate.entity.js';
import { Officer } from './officer.entity.js';
import { OfficerFilter, OfficerList, OfficerOrder } from './officer.inputs.js';
import { getOfficer, listOfficers } from './officer.service.js';
import { currentCertificate } from '../certificates/certificate.rules.js';

@Resolver(() => Officer)
export class OfficerResolver {
  @Query(() => OfficerList, { description: '执法人员列表 (officers the caller may see); requires login' })
  officers(
    @Ctx() ctx: PersonnelContext,
    @Args() page: PageArgs,
    @Arg('filter', () => OfficerFilter, { nullable: true, description: '筛选 (filter)' }) filter?: OfficerFilter | null,
    @Arg('orderBy', () => OfficerOrder, { nullable: true, description: '排序 (order)' }) orderBy?: OfficerOrder | null,
  ): Promise<OfficerList> {
    return listOfficers(ctx.em, ctx.identity, filter, orderBy, page);
  }

  @Query(() => Officer, { description: '一名执法人员 (one officer by id); requires login' })
  officer(@Ctx() ctx: PersonnelContext, @Arg('id', () => ID, { description: '执法人员编号 (officer id)' }) id: string): Promise<Officer> {
    return getOfficer(ctx.em, ctx.identity, id);
  }

  @FieldResolver(() => String, { nullable: true, description: '身份证号（脱敏）(ID-card number, masked: 6501**********1234)' })
  idNumberMasked(@Root() officer: Officer): string | null {
    return maskIdNumber(officer.idNumber);
  }

  @FieldResolver(() => Agency, { description: '所属执法主体 (agency)' })
  async agency(@Root() officer: Officer, @Ctx() ctx: PersonnelContext): Promise<Agency> {
    return (await ctx.loaders.agencyById.load(officer.agencyId))!;
  }

  @FieldResolver(() => [Certificate], { description: '持有的证件，最新的在前 (certificates held, newest first)' })
  certificates(@Root() officer: Officer, @Ctx() ctx: PersonnelContext): Promise<Certificate[]> {
    return ctx.loaders.certificatesByOfficer.load(officer.id);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: '当前行政执法证 (the most recently issued enforcement certificate)' })
  async certificate(@Root() officer: Officer, @Ctx() ctx: PersonnelContext): Promise<Certificate | null> {
    return currentCertificate(await ctx.loaders.certificatesByOfficer.load(officer.id));
  }
}
