import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@jiandu/kit';
import type { CasesContext } from '../context.js';
import { CaseList } from '../cases/case.inputs.js';
import { OfficerStub } from './officer.stub.js';
import { OfficerCaseFilter } from './case-list.inputs.js';

@Resolver(() => OfficerStub)
export class OfficerCasesResolver {
  @FieldResolver(() => CaseList, { description: '承办案件 (cases the officer handles or handled, as lead or not, that the caller may read), newest registered first, paged' })
  cases(
    @Root() officer: OfficerStub,
    @Ctx() ctx: CasesContext,
    @Args() page: PageArgs,
    @Arg('filter', () => OfficerCaseFilter, { nullable: true, description: '筛选 (filter)' }) filter?: OfficerCaseFilter | null,
  ): Promise<CaseList> {
    return ctx.loaders.caseLists.casesOfOfficer(officer.id, page, filter);
  }

  @FieldResolver(() => Int, { description: '承办案件数 (how many cases the officer handles or handled that the caller may read)' })
  caseCount(@Root() officer: OfficerStub, @Ctx() ctx: CasesContext): Promise<number> {
    return ctx.loaders.caseLists.caseCountOfOfficer(officer.id);
  }
}
