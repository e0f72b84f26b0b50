import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@jiandu/kit';
import type { PersonnelContext } from '../context.js';
import { Officer } from '../officers/officer.entity.js';
import { Certificate, CertificateStatus } from './certificate.entity.js';
import { CertificateEvent } from './certificate-event.entity.js';
import { CertificateEventList, CertificateFilter, CertificateList, CertificateOrder, PublicCertificate } from './certificate.inputs.js';
import { getCertificate, listCertificates, publicCertificate, publicCertificatesByHolder } from './certificate.service.js';
import { statusAt } from './certificate.rules.js';

@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => CertificateList, { description: '证件列表 (certificates the caller may see); requires login' })
  certificates(
    @Ctx() ctx: PersonnelContext,
    @Args() page: PageArgs,
    @Arg('filter', () => CertificateFilter, { nullable: true, description: '筛选 (filter)' }) filter?: CertificateFilter | null,
    @Arg('orderBy', () => CertificateOrder, { nullable: true, description: '排序 (order)' }) orderBy?: CertificateOrder | null,
  ): Promise<CertificateList> {
    return listCertificates(ctx.em, ctx.identity, ctx.clock, filter, orderBy, page);
  }

  @Query(() => Certificate, { description: '一张证件 (one certificate by id); requires login' })
  certificate(@Ctx() ctx: PersonnelContext, @Arg('id', () => ID, { description: '证件记录编号 (certificate record id)' }) id: string): Promise<Certificate> {
    return getCertificate(ctx.em, ctx.identity, id);
  }

  @Query(() => PublicCertificate, {
    nullable: true,
    description: '亮证查询 (public lookup by certificate number, no login): name, agency, fields, region, status, validity — nothing else; null for an unknown number',
  })
  publicCertificate(@Ctx() ctx: PersonnelContext, @Arg('number', { description: '证件号 (certificate number), e.g. 31000036001' }) number: string): Promise<PublicCertificate | null> {
    return publicCertificate(ctx.em, ctx.clock, number);
  }

  @Query(() => [PublicCertificate], { description: '亮证查询：按姓名和执法主体 (public lookup by holder name and agency name, no login); only the public fields' })
  publicCertificatesByHolder(
    @Ctx() ctx: PersonnelContext,
    @Arg('name', { description: '持证人姓名 (holder name, exact)' }) name: string,
    @Arg('agencyName', { description: '所属执法主体名称，可填部分 (agency name or part of it)' }) agencyName: string,
  ): Promise<PublicCertificate[]> {
    return publicCertificatesByHolder(ctx.em, ctx.clock, name, agencyName);
  }

  @FieldResolver(() => Officer, { description: '持证人 (holder)' })
  async holder(@Root() cert: Certificate, @Ctx() ctx: PersonnelContext): Promise<Officer> {
    return (await ctx.loaders.officerById.load(cert.officerId))!;
  }

  @FieldResolver(() => CertificateStatus, { description: '当前状态 (status now), derived from dates and history' })
  async status(@Root() cert: Certificate, @Ctx() ctx: PersonnelContext): Promise<CertificateStatus> {
    return statusAt(cert, await ctx.loaders.historyByCertificate.load(cert.id), ctx.clock.now());
  }

  @FieldResolver(() => CertificateStatus, { description: '某一时刻的状态 (status at an instant) — was the holder entitled to act then?' })
  async statusAt(
    @Root() cert: Certificate,
    @Ctx() ctx: PersonnelContext,
    @Arg('at', () => Date, { description: '时刻 (instant, ISO 8601)' }) at: Date,
  ): Promise<CertificateStatus> {
    return statusAt(cert, await ctx.loaders.historyByCertificate.load(cert.id), at);
  }

  @FieldResolver(() => CertificateEventList, { description: '证件履历，按时间先后 (history, oldest first), paged' })
  history(@Root() cert: Certificate, @Ctx() ctx: PersonnelContext, @Args() page: PageArgs): Promise<CertificateEventList> {
    return ctx.loaders.historyPageByCertificate.load(cert.id, page);
  }
}
