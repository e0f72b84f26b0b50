import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CasesContext } from '../context.js';
import { EnforcementCase } from '../cases/case.entity.js';
import { CaseChallenge, CaseChallengeState } from './challenge.entity.js';
import { ChallengeInput, ChallengeOutcomeInput } from './challenge.inputs.js';
import { isCorrected, isPending } from './challenge.rules.js';
import { MAX_CHALLENGE_CASES, pendingChallenges, recordChallenge, recordChallengeOutcome } from './challenge.service.js';

@Resolver(() => CaseChallenge)
export class ChallengeResolver {
  @Mutation(() => CaseChallenge, { description: '登记行政复议或行政诉讼 (record a reconsideration or suit against a decided case); its handlers, or agency administrators of its subtree' })
  recordChallenge(
    @Ctx() ctx: CasesContext,
    @Arg('caseId', () => ID, { description: '案件编号 (case id)' }) caseId: string,
    @Arg('input', () => ChallengeInput, { description: '复议或诉讼 (the application or suit)' }) input: ChallengeInput,
  ): Promise<CaseChallenge> {
    return recordChallenge(ctx, caseId, input);
  }

  @Mutation(() => CaseChallenge, { description: '登记复议决定或裁判结果 (record the outcome of a pending reconsideration or suit); the same people' })
  recordChallengeOutcome(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, { description: '复议或诉讼记录编号 (record id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('input', () => ChallengeOutcomeInput, { description: '结果 (the outcome)' }) input: ChallengeOutcomeInput,
  ): Promise<CaseChallenge> {
    return recordChallengeOutcome(ctx, id, version, input);
  }

  @Query(() => [CaseChallengeState], { description: `案件是否处于复议、诉讼中 (whether each case's decision is under reconsideration or suit now, 004 第二十五条), in the order asked; at most ${MAX_CHALLENGE_CASES} cases, each readable by the caller (else NOT_FOUND)` })
  pendingChallenges(
    @Ctx() ctx: CasesContext,
    @Arg('caseIds', () => [ID], { description: '案件编号 (case ids)' }) caseIds: string[],
  ): Promise<CaseChallengeState[]> {
    return pendingChallenges(ctx.em, ctx.identity, caseIds);
  }

  @FieldResolver(() => Boolean, { description: '审理中 (pending: no outcome yet)' })
  pending(@Root() c: CaseChallenge): boolean {
    return isPending(c);
  }

  @FieldResolver(() => Boolean, { description: '被纠错 (the outcome corrects the agency: 变更、撤销、确认违法、确认无效、责令履行, 003 第16条)' })
  corrected(@Root() c: CaseChallenge): boolean {
    return isCorrected(c.outcome);
  }
}

/** Contributed to the case (owned by the lead's resolvers): its challenges, batched per request. */
@Resolver(() => EnforcementCase)
export class CaseChallengesResolver {
  @FieldResolver(() => [CaseChallenge], { description: '行政复议、行政诉讼 (reconsiderations and suits against the decision), oldest first' })
  challenges(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext): Promise<CaseChallenge[]> {
    return ctx.loaders.challengesByCase.load(c.id);
  }

  @FieldResolver(() => Boolean, { description: '复议或诉讼审理中 (a reconsideration or suit is pending: no 监督决定书 now, 004 第二十五条)' })
  async underChallenge(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext): Promise<boolean> {
    return (await ctx.loaders.challengesByCase.load(c.id)).some(isPending);
  }
}
