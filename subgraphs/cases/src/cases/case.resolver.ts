import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeLogList, hasRole, maskAddress, maskIdNumber, maskPhone, PageArgs, requireLogin } from '@jiandu/kit';
import type { CasesContext } from '../context.js';
import { EnforcementMatter } from '../matters/matter.entity.js';
import { AgencyStub } from '../external/agency.stub.js';
import { CaseHandler, CaseParty, CaseTransition, EnforcementCase, LegalReviewRound } from './case.entity.js';
import { CaseStage, LegalReviewOutcome, MajorGround } from './case.enums.js';
import { CaseAction, CaseFilter, CaseList, CaseOrder, DecisionInput, HandlersInput, RegisterCaseInput } from './case.inputs.js';
import { availableActions, nextStage } from './case.rules.js';
import { caseHooks } from './case.hooks.js';
import { mayManageCasesOf } from './case.access.js';
import {
  advanceCase, changeHandlers, closeCase, decideCase, getCase, legalReviewQueue, listCases, markMajor, pathOf, recordExecution, registerCase,
  requestHearing, reviewCase, serveDecision, setProposedFine, submitForLegalReview,
} from './case.service.js';

const idArg = { description: '案件编号 (case id)' };
const versionArg = { description: '办理前的版本号 (the version the step is based on)' };

@Resolver(() => EnforcementCase)
export class CaseResolver {
  @Query(() => CaseList, { description: '案件列表 (cases in the caller\'s scope: staff of the agency subtree), newest registration first by default' })
  cases(
    @Ctx() ctx: CasesContext,
    @Args() page: PageArgs,
    @Arg('filter', () => CaseFilter, { nullable: true, description: '筛选 (filter)' }) filter?: CaseFilter | null,
    @Arg('orderBy', () => CaseOrder, { nullable: true, description: '排序 (order)' }) orderBy?: CaseOrder | null,
  ): Promise<CaseList> {
    return listCases(ctx.em, ctx.identity, filter, orderBy, page, ctx.clock);
  }

  @Query(() => EnforcementCase, { description: '一个案件 (one case); NOT_FOUND outside the caller\'s scope' })
  case(@Ctx() ctx: CasesContext, @Arg('id', () => ID, idArg) id: string): Promise<EnforcementCase> {
    return getCase(ctx.em, ctx.identity, id);
  }

  @Query(() => CaseList, { description: '法制审核待办 (cases waiting for legal review in the caller\'s scope, oldest submission first, 004 第十六条)' })
  legalReviewQueue(@Ctx() ctx: CasesContext, @Args() page: PageArgs): Promise<CaseList> {
    return legalReviewQueue(ctx.em, ctx.identity, page);
  }

  @Mutation(() => EnforcementCase, { description: '立案登记 (register a case: matter, parties, ≥ 2 entitled handlers and a lead; the number is assigned now, 001; 003 第4条)' })
  registerCase(@Ctx() ctx: CasesContext, @Arg('input', () => RegisterCaseInput, { description: '立案信息 (registration)' }) input: RegisterCaseInput): Promise<EnforcementCase> {
    return registerCase(ctx, input);
  }

  @Mutation(() => EnforcementCase, { description: '进入下一环节 (advance to the next stage: 调查取证, 告知, 陈述申辩 or 听证; none skipped, 000 二(四)); a current, entitled handler' })
  advanceCase(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('to', () => CaseStage, { description: '进入的环节 (the stage entered: must be the next one)' }) to: CaseStage,
    @Arg('note', () => String, { nullable: true, description: '说明 (note)' }) note?: string | null,
  ): Promise<EnforcementCase> {
    return advanceCase(ctx, id, version, to, note);
  }

  @Mutation(() => EnforcementCase, { description: '填写拟罚款数额 (the fine proposed in the 告知); a fine reaching the catalogue\'s amount makes the case major (004 第十六条)' })
  setProposedFine(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('fineYuan', () => Int, { description: '拟罚款数额，元 (yuan)' }) fineYuan: number,
  ): Promise<EnforcementCase> {
    return setProposedFine(ctx, id, version, fineYuan);
  }

  @Mutation(() => EnforcementCase, { description: '认定为重大执法决定 (record grounds of 004 第十六条 (一)–(五) with their facts); before legal review' })
  markCaseMajor(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('grounds', () => [MajorGround], { description: '重大情形 (grounds)' }) grounds: MajorGround[],
    @Arg('basis', { description: '事实说明 (the facts behind them)' }) basis: string,
  ): Promise<EnforcementCase> {
    return markMajor(ctx, id, version, grounds, basis);
  }

  @Mutation(() => EnforcementCase, { description: '登记听证申请 (the party asked for a hearing: adds 听证, and the decision is major, 004 第十六条 (三))' })
  requestHearing(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('note', { description: '申请情况 (who asked, when)' }) note: string,
  ): Promise<EnforcementCase> {
    return requestHearing(ctx, id, version, note);
  }

  @Mutation(() => EnforcementCase, { description: '提交法制审核 (submit a major case for legal review; each submission is a new round, 004 第十六条)' })
  submitForLegalReview(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('note', () => String, { nullable: true, description: '提交说明 (note)' }) note?: string | null,
  ): Promise<EnforcementCase> {
    return submitForLegalReview(ctx, id, version, note);
  }

  @Mutation(() => EnforcementCase, { description: '出具法制审核意见 (a legal reviewer who is not a handler passes the case, or returns it with reasons, 004 第十六条)' })
  reviewCase(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('outcome', () => LegalReviewOutcome, { description: '审核意见 (passed or returned)' }) outcome: LegalReviewOutcome,
    @Arg('opinion', () => String, { nullable: true, description: '意见和理由 (required for a return)' }) opinion?: string | null,
  ): Promise<EnforcementCase> {
    return reviewCase(ctx, id, version, outcome === LegalReviewOutcome.PASSED, opinion);
  }

  @Mutation(() => EnforcementCase, { description: '作出决定 (record the decision; a major case only after a passing legal review, 004 第十六条); opens its 公示 and 备案 deadlines' })
  decideCase(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('input', () => DecisionInput, { description: '决定 (the decision)' }) input: DecisionInput,
  ): Promise<EnforcementCase> {
    return decideCase(ctx, caseHooks, id, version, input);
  }

  @Mutation(() => EnforcementCase, { description: '送达 (record the date the decision was served)' })
  serveDecision(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('servedOn', { description: '送达日期 (YYYY-MM-DD)' }) servedOn: string,
  ): Promise<EnforcementCase> {
    return serveDecision(ctx, id, version, servedOn);
  }

  @Mutation(() => EnforcementCase, { description: '执行 (record the execution of the decision)' })
  recordExecution(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('executedOn', { description: '执行日期 (YYYY-MM-DD)' }) executedOn: string,
    @Arg('note', () => String, { nullable: true, description: '执行情况 (note)' }) note?: string | null,
  ): Promise<EnforcementCase> {
    return recordExecution(ctx, id, version, executedOn, note);
  }

  @Mutation(() => EnforcementCase, { description: '结案归档 (close and archive; 查封扣押/强制拆除 need an audio-visual record first, 004 第十五条)' })
  closeCase(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('note', () => String, { nullable: true, description: '结案说明 (note)' }) note?: string | null,
  ): Promise<EnforcementCase> {
    return closeCase(ctx, caseHooks, id, version, note);
  }

  @Mutation(() => EnforcementCase, { description: '变更承办人 (change the handlers: the lead or an agency administrator; everyone added must be entitled now, 003 第4条)' })
  changeCaseHandlers(
    @Ctx() ctx: CasesContext,
    @Arg('id', () => ID, idArg) id: string,
    @Arg('version', () => Int, versionArg) version: number,
    @Arg('input', () => HandlersInput, { description: '承办人 (handlers)' }) input: HandlersInput,
  ): Promise<EnforcementCase> {
    return changeHandlers(ctx, id, version, input);
  }

  @FieldResolver(() => EnforcementMatter, { description: '执法事项 (the matter)' })
  async matter(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext): Promise<EnforcementMatter> {
    return (await ctx.loaders.matterById.load(c.matterId))!;
  }

  @FieldResolver(() => AgencyStub, { description: '执法主体 (the agency)' })
  agency(@Root() c: EnforcementCase): AgencyStub {
    return { id: c.agencyId };
  }

  @FieldResolver(() => [CaseParty], { description: '当事人 (parties, in order)' })
  parties(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext): Promise<CaseParty[]> {
    return ctx.loaders.partiesByCase.load(c.id);
  }

  @FieldResolver(() => [CaseHandler], { description: '承办人 (handlers: current ones first, the lead first; released ones keep their release time)' })
  handlers(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext): Promise<CaseHandler[]> {
    return ctx.loaders.handlersByCase.load(c.id);
  }

  @FieldResolver(() => [CaseTransition], { description: '环节流转记录 (every stage transition, oldest first)' })
  transitions(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext): Promise<CaseTransition[]> {
    return ctx.loaders.transitionsByCase.load(c.id);
  }

  @FieldResolver(() => [LegalReviewRound], { description: '法制审核轮次 (rounds of legal review, first first)' })
  legalReviews(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext): Promise<LegalReviewRound[]> {
    return ctx.loaders.reviewsByCase.load(c.id);
  }

  @FieldResolver(() => [CaseStage], { description: '本案经过的环节 (the stages this case passes through, in order: depends on its category, a hearing and whether it is major)' })
  path(@Root() c: EnforcementCase): CaseStage[] {
    return pathOf(c);
  }

  @FieldResolver(() => CaseStage, { nullable: true, description: '下一环节 (the next stage; null once closed)' })
  nextStage(@Root() c: EnforcementCase): CaseStage | null {
    return nextStage(pathOf(c), c.stage);
  }

  @FieldResolver(() => [CaseAction], { description: '当前可办理的操作 (what the caller may do now; the commands enforce the same conditions)' })
  async availableActions(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext): Promise<CaseAction[]> {
    const { identity } = ctx;
    if (identity.anonymous) return [];
    const [handlers, reviews] = await Promise.all([ctx.loaders.handlersByCase.load(c.id), ctx.loaders.reviewsByCase.load(c.id)]);
    const me = identity.officerId ? handlers.find((h) => h.officerId === identity.officerId && h.releasedAt === null) : undefined;
    const everHandled = identity.officerId != null && handlers.some((h) => h.officerId === identity.officerId);
    const last = reviews.at(-1);
    const manager = hasRole(identity, 'AGENCY_ADMIN') ? await mayManageCasesOf(ctx.em, identity, c.agencyId) : false;
    return availableActions(c, {
      handler: !!me && hasRole(identity, 'OFFICER'),
      lead: !!me?.lead && hasRole(identity, 'OFFICER'),
      reviewer: hasRole(identity, 'LEGAL_REVIEWER') && !everHandled,
      manager,
      reviewWaiting: !!last && last.outcome === null,
      reviewPassed: last?.outcome === LegalReviewOutcome.PASSED,
    }) as CaseAction[];
  }

  @FieldResolver(() => ChangeLogList, { description: '修改记录，最新的在前 (who did what to this case, when; newest first), paged' })
  changeLog(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    requireLogin(ctx.identity);
    return ctx.loaders.changeLogByRecord.load(c.id, page);
  }
}

/** Whether the caller works the case now (its current handlers see the parties' personal data in full). */
async function worksOn(ctx: CasesContext, caseId: string): Promise<boolean> {
  if (!ctx.identity.officerId) return false;
  const handlers = await ctx.loaders.handlersByCase.load(caseId);
  return handlers.some((h) => h.officerId === ctx.identity.officerId && h.releasedAt === null);
}

@Resolver(() => CaseParty)
export class CasePartyResolver {
  @FieldResolver(() => String, { nullable: true, description: '身份证号或统一社会信用代码 (ID number or credit code): in full for the case\'s current handlers, masked (first 4, last 4) for other readers' })
  async idNumber(@Root() p: CaseParty, @Ctx() ctx: CasesContext): Promise<string | null> {
    if (p.kind === 'ORGANISATION') return p.idNumber; // a credit code is public (国家企业信用信息公示系统)
    return (await worksOn(ctx, p.caseId)) ? p.idNumber : maskIdNumber(p.idNumber);
  }

  @FieldResolver(() => String, { nullable: true, description: '住所或地址 (address): in full for the current handlers (they serve documents there), masked for other readers' })
  async address(@Root() p: CaseParty, @Ctx() ctx: CasesContext): Promise<string | null> {
    if (p.kind === 'ORGANISATION') return p.address;
    return (await worksOn(ctx, p.caseId)) ? p.address : maskAddress(p.address);
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话 (phone): in full for the current handlers, masked for other readers' })
  async phone(@Root() p: CaseParty, @Ctx() ctx: CasesContext): Promise<string | null> {
    return (await worksOn(ctx, p.caseId)) ? p.phone : maskPhone(p.phone);
  }
}
