import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@jiandu/kit';
import type { CasesContext } from '../context.js';
import { CaseList } from '../cases/case.inputs.js';
import { AgencyStub } from './agency.stub.js';
import { EnforcementMatter } from '../matters/matter.entity.js';
import { MatterList } from '../matters/matter.inputs.js';
import { AgencyCaseFilter } from './case-list.inputs.js';
import { CaseStatistics } from '../statistics/statistics.types.js';
import { agencyStatistics } from '../statistics/statistics.service.js';

@Resolver(() => AgencyStub)
export class AgencyMattersResolver {
  @FieldResolver(() => [EnforcementMatter], { description: '执法事项清单 (the agency\'s published enforcement matters), in list order' })
  matters(@Root() agency: AgencyStub, @Ctx() ctx: CasesContext): Promise<EnforcementMatter[]> {
    return ctx.loaders.mattersByAgency.load(agency.id);
  }

  @FieldResolver(() => MatterList, { description: '执法事项清单，分页 (the agency\'s published enforcement matters, in list order, paged; `matters` gives the whole list at once for existing clients)' })
  matterList(@Root() agency: AgencyStub, @Ctx() ctx: CasesContext, @Args() page: PageArgs): Promise<MatterList> {
    return ctx.loaders.matterPagesByAgency.load(agency.id, page);
  }
}

@Resolver(() => AgencyStub)
export class AgencyCasesResolver {
  @FieldResolver(() => CaseList, { description: '本执法主体的案件 (the agency\'s own cases that the caller may read), newest registered first, paged' })
  cases(
    @Root() agency: AgencyStub,
    @Ctx() ctx: CasesContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AgencyCaseFilter, { nullable: true, description: '筛选 (filter)' }) filter?: AgencyCaseFilter | null,
  ): Promise<CaseList> {
    return ctx.loaders.caseLists.casesOfAgency(agency.id, page, filter);
  }

  @FieldResolver(() => CaseStatistics, { nullable: true, description: '行政执法统计年报 (the agency\'s annual statistics for a year, its own node; 000/001/002); null for callers who may not read its cases' })
  statistics(@Root() agency: AgencyStub, @Ctx() ctx: CasesContext, @Arg('year', () => Int, { description: '统计年度 (year)' }) year: number): Promise<CaseStatistics | null> {
    return agencyStatistics(ctx.loaders.statistics, ctx.identity, ctx.clock, agency.id, year);
  }
}
