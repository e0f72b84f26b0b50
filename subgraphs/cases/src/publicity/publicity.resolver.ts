import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, today } from '@jiandu/kit';
import type { CasesContext } from '../context.js';
import { EnforcementCase } from '../cases/case.entity.js';
import { CaseFiling, CasePublication, PublicationStatus } from './publicity.entity.js';
import {
  EffectiveFilingPolicy, FilingFilter, FilingList, FilingPolicyInput, PublicationFilter, PublicationList, PublicationPreview, PublicityOrder,
  PublishedDecision, PublishedDecisionFilter, PublishedDecisionList,
} from './publicity.inputs.js';
import { DueState, dueState } from './publicity.rules.js';
import {
  getPublishedDecision, listPublications, listPublishedDecisions, previewPublication, publishDecision, withdrawPublication,
} from './publicity.service.js';
import { filingPolicy, listFilings, recordFiling, setFilingPolicy } from './filing.service.js';

const CASE_ID = { description: '案件编号 (case id)' };
const VERSION = { description: '版本号 (the version of the record the clerk saw)' };

/** The publication's due state: done once published (a withdrawn one was published). */
const publicationDueState = (p: CasePublication, ctx: CasesContext) => dueState(p.dueOn, p.status === PublicationStatus.PENDING ? null : p.publishedOn, today(ctx.clock));

@Resolver(() => CasePublication)
export class PublicationResolver {
  @Query(() => PublicationList, { description: '决定公示 (publications of the decisions of the cases the caller may read), paged; the console\'s overdue and due-soon list' })
  publications(
    @Ctx() ctx: CasesContext,
    @Args() page: PageArgs,
    @Arg('filter', () => PublicationFilter, { nullable: true, description: '筛选 (filter)' }) filter?: PublicationFilter | null,
    @Arg('orderBy', () => PublicityOrder, { nullable: true, description: '排序 (order; default: due date, earliest first)' }) orderBy?: PublicityOrder | null,
  ): Promise<PublicationList> {
    return listPublications(ctx.em, ctx.identity, ctx.clock, filter, orderBy, page);
  }

  @Query(() => PublicationPreview, { description: '公示预览 (the text to publish with personal data taken out, and the marks of what was taken out, 004 第十四条); the case\'s handlers and agency administrators of its subtree' })
  previewPublication(
    @Ctx() ctx: CasesContext,
    @Arg('caseId', () => ID, CASE_ID) caseId: string,
    @Arg('text', () => String, { nullable: true, description: '公示文本 (the clerk\'s edit of the text; default: the decision\'s text)' }) text?: string | null,
  ): Promise<PublicationPreview> {
    return previewPublication(ctx.em, ctx.identity, caseId, text);
  }

  @Mutation(() => CasePublication, { description: '公示决定 (publish a decided case\'s decision, 002 （二）3 事后公开): the text is redacted again whatever the clerk sent; the case\'s handlers and agency administrators of its subtree' })
  publishDecision(
    @Ctx() ctx: CasesContext,
    @Arg('caseId', () => ID, CASE_ID) caseId: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('text', () => String, { nullable: true, description: '公示文本 (the clerk\'s edit of the redacted text; default: the decision\'s text, redacted)' }) text?: string | null,
  ): Promise<CasePublication> {
    return publishDecision(ctx.em, ctx.identity, ctx.clock, caseId, version, text);
  }

  @Mutation(() => CasePublication, { description: '撤下公示 (withdraw a published decision that was revoked, confirmed illegal or is to be made again, 002 （二）3 事后公开（三）); handlers, agency administrators and supervisors of its subtree' })
  withdrawPublication(
    @Ctx() ctx: CasesContext,
    @Arg('caseId', () => ID, CASE_ID) caseId: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('reason', { description: '撤下原因 (reason, at least 4 characters)' }) reason: string,
    @Arg('basis', () => String, { nullable: true, description: '依据 (basis, required — at least 4 characters: the 监督决定书, 复议决定书 or judgment number)' }) basis?: string | null,
  ): Promise<CasePublication> {
    return withdrawPublication(ctx.em, ctx.identity, ctx.clock, caseId, version, reason, basis);
  }

  @FieldResolver(() => DueState, { description: '期限状态 (where the deadline stands today, on the statutory calendar)' })
  dueState(@Root() p: CasePublication, @Ctx() ctx: CasesContext): DueState {
    return publicationDueState(p, ctx).state;
  }

  @FieldResolver(() => Boolean, { description: '是否逾期 (late: not published by the due date, or published after it)' })
  late(@Root() p: CasePublication, @Ctx() ctx: CasesContext): boolean {
    return publicationDueState(p, ctx).late;
  }
}

const filingDueState = (f: CaseFiling, ctx: CasesContext) => dueState(f.dueOn, f.filedOn, today(ctx.clock));

@Resolver(() => CaseFiling)
export class FilingResolver {
  @Query(() => FilingList, { description: '重大执法决定备案 (filings of the major decisions of the cases the caller may read, 004 第十九条), paged' })
  filings(
    @Ctx() ctx: CasesContext,
    @Args() page: PageArgs,
    @Arg('filter', () => FilingFilter, { nullable: true, description: '筛选 (filter)' }) filter?: FilingFilter | null,
    @Arg('orderBy', () => PublicityOrder, { nullable: true, description: '排序 (order; default: due date, earliest first)' }) orderBy?: PublicityOrder | null,
  ): Promise<FilingList> {
    return listFilings(ctx.em, ctx.identity, ctx.clock, filter, orderBy, page);
  }

  @Mutation(() => CaseFiling, { description: '登记备案 (record that a major decision was filed with 本级司法行政机关和上一级行政执法主管部门, 004 第十九条); the case\'s handlers and agency administrators of its subtree' })
  recordFiling(
    @Ctx() ctx: CasesContext,
    @Arg('caseId', () => ID, CASE_ID) caseId: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Arg('filedOn', { description: '备案日期 (filed on, YYYY-MM-DD; not before the decision, not after today)' }) filedOn: string,
  ): Promise<CaseFiling> {
    return recordFiling(ctx.em, ctx.identity, ctx.clock, caseId, version, filedOn);
  }

  @Query(() => EffectiveFilingPolicy, { description: '备案期限 (the filing period in force for an agency: its own, an ancestor\'s, or 15 days by 004 第十九条, with its source); staff who may read its cases' })
  filingPolicy(@Ctx() ctx: CasesContext, @Arg('agencyId', () => ID, { description: '执法主体编号 (agency id)' }) agencyId: string): Promise<EffectiveFilingPolicy> {
    return filingPolicy(ctx.em, ctx.identity, agencyId);
  }

  @Mutation(() => EffectiveFilingPolicy, { description: '设置备案期限 (set, or with input null remove, an agency\'s own filing period for its subtree); agency administrators of its subtree, certificate and system administrators. Deadlines already set do not move: each keeps the rule that set it' })
  setFilingPolicy(
    @Ctx() ctx: CasesContext,
    @Arg('agencyId', () => ID, { description: '执法主体编号 (agency id)' }) agencyId: string,
    @Arg('version', () => Int, { nullable: true, description: '本单位设置的版本号 (version of the agency\'s own setting seen; null when it had none)' }) version: number | null,
    @Arg('input', () => FilingPolicyInput, { nullable: true, description: '备案期限 (the period and its source; null removes the agency\'s own setting)' }) input: FilingPolicyInput | null,
  ): Promise<EffectiveFilingPolicy> {
    return setFilingPolicy(ctx.em, ctx.identity, ctx.clock, agencyId, version ?? null, input ?? null);
  }

  @FieldResolver(() => DueState, { description: '期限状态 (where the deadline stands today, on the statutory calendar)' })
  dueState(@Root() f: CaseFiling, @Ctx() ctx: CasesContext): DueState {
    return filingDueState(f, ctx).state;
  }

  @FieldResolver(() => Boolean, { description: '是否逾期 (late: not filed by the due date, or filed after it)' })
  late(@Root() f: CaseFiling, @Ctx() ctx: CasesContext): boolean {
    return filingDueState(f, ctx).late;
  }
}

/** What publicity contributes to the case (its reader is the case's reader). */
@Resolver(() => EnforcementCase)
export class CasePublicityResolver {
  @FieldResolver(() => CasePublication, { nullable: true, description: '决定公示 (the publication of its decision); null until decided' })
  publication(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext): Promise<CasePublication | null> {
    return ctx.loaders.publicationByCase.load(c.id);
  }

  @FieldResolver(() => CaseFiling, { nullable: true, description: '重大执法决定备案 (the filing of its decision, 004 第十九条); null unless major and decided' })
  filing(@Root() c: EnforcementCase, @Ctx() ctx: CasesContext): Promise<CaseFiling | null> {
    return ctx.loaders.filingByCase.load(c.id);
  }
}

@Resolver(() => PublishedDecision)
export class PublishedDecisionResolver {
  @Query(() => PublishedDecisionList, { description: '已公示的行政执法决定 (published decisions, 002 （二）3 事后公开), public, newest first; withdrawn ones are not listed' })
  publishedDecisions(
    @Ctx() ctx: CasesContext,
    @Args() page: PageArgs,
    @Arg('filter', () => PublishedDecisionFilter, { nullable: true, description: '筛选 (filter)' }) filter?: PublishedDecisionFilter | null,
  ): Promise<PublishedDecisionList> {
    return listPublishedDecisions(ctx.em, filter, page);
  }

  @Query(() => PublishedDecision, { nullable: true, description: '一个已公示的决定 (one published decision by its id), public; null when unknown or withdrawn' })
  publishedDecision(@Ctx() ctx: CasesContext, @Arg('id', () => ID, { description: '公示编号 (publication id)' }) id: string): Promise<PublishedDecision | null> {
    return getPublishedDecision(ctx.em, id);
  }
}
