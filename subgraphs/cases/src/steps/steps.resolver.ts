import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { CasesContext } from '../context.js';
import { caseSteps, MAX_STEP_CASES } from './steps.service.js';
import { CaseSteps } from './steps.types.js';

@Resolver(() => CaseSteps)
export class CaseStepsResolver {
  @Query(() => [CaseSteps], {
    description: `案件已记录的执法步骤 (the recorded steps of cases — transitions and 全过程记录 entries: who, when, what — for 案卷评查, 003 第15条), in the order asked; at most ${MAX_STEP_CASES} cases, each readable by the caller (else NOT_FOUND)`,
  })
  caseSteps(@Ctx() ctx: CasesContext, @Arg('caseIds', () => [ID], { description: '案件编号 (case ids)' }) caseIds: string[]): Promise<CaseSteps[]> {
    return caseSteps(ctx.em, ctx.identity, caseIds);
  }
}
