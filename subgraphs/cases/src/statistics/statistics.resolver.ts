import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { CasesContext } from '../context.js';
import { CaseStatistics } from './statistics.types.js';
import { caseStatistics } from './statistics.service.js';

@Resolver(() => CaseStatistics)
export class StatisticsResolver {
  @Query(() => CaseStatistics, { description: '行政执法统计年报 (an agency\'s annual statistics, 000/001/002; due by Jan 31 of the next year); those who may read its cases. Export: GET /statistics/{agencyId}/{year}.csv or .json' })
  caseStatistics(
    @Ctx() ctx: CasesContext,
    @Arg('agencyId', () => ID, { description: '执法主体编号 (agency id)' }) agencyId: string,
    @Arg('year', () => Int, { description: '统计年度 (year)' }) year: number,
    @Arg('includeSubtree', () => Boolean, { defaultValue: false, description: '含下级执法主体 (include the agencies below it)' }) includeSubtree: boolean,
  ): Promise<CaseStatistics> {
    return caseStatistics(ctx.loaders.statistics, ctx.identity, ctx.clock, agencyId, year, includeSubtree);
  }
}
