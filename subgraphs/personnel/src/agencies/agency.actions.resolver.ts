import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkId } from '@jiandu/kit';
import type { PersonnelContext } from '../context.js';
import { Agency } from './agency.entity.js';
import { AgencyInput } from './agency.actions.inputs.js';
import { confirmAgencyQualification, createAgency, moveAgency, publishAgency, republishAgencies, updateAgency } from './agency.actions.js';
import { checkAgencyRecords } from '../access/access.rules.js';
import { AgencyFigures } from '../figures/figures.types.js';
import { agencyFigures } from '../figures/figures.service.js';
import { Policy, toPolicy } from '../policies/policy.types.js';
import { policiesFor, setPolicy } from '../policies/policy.service.js';
import { POLICY_DEFAULTS, PolicyKey } from '../policies/policy.rules.js';
import { ChangeLogList, PageArgs } from '@jiandu/kit';

@Resolver(() => Agency)
export class AgencyActionsResolver {
  @Mutation(() => Agency, { description: '新建执法主体 (create an agency) under one the caller administers (004 第五条 tree)' })
  createAgency(@Ctx() ctx: PersonnelContext, @Arg('input', () => AgencyInput, { description: '资料 (details)' }) input: AgencyInput): Promise<Agency> {
    return createAgency(ctx.em, ctx.identity, ctx.clock, input);
  }

  @Mutation(() => Agency, { description: '修改执法主体 (edit an agency); send the version you saw' })
  updateAgency(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, { description: '执法主体编号 (agency id)' }) id: string,
    @Arg('version', () => Int, { description: '您看到的版本号 (the version you edited)' }) version: number,
    @Arg('input', () => AgencyInput, { description: '资料 (details)' }) input: AgencyInput,
  ): Promise<Agency> {
    return updateAgency(ctx.em, ctx.identity, ctx.clock, id, version, input);
  }

  @Mutation(() => Agency, { description: '确认主体资格 (confirm legal standing, 004 第十条); certificate administrators' })
  confirmAgencyQualification(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, { description: '执法主体编号 (agency id)' }) id: string,
    @Arg('version', () => Int, { description: '您看到的版本号 (the version you saw)' }) version: number,
  ): Promise<Agency> {
    return confirmAgencyQualification(ctx.em, ctx.identity, ctx.clock, id, version);
  }

  @Mutation(() => Agency, { description: '公告主体资格 (publish legal standing, 004 第十条 向社会公布); certificate administrators' })
  publishAgency(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, { description: '执法主体编号 (agency id)' }) id: string,
    @Arg('version', () => Int, { description: '您看到的版本号 (the version you saw)' }) version: number,
  ): Promise<Agency> {
    return publishAgency(ctx.em, ctx.identity, ctx.clock, id, version);
  }

  @Mutation(() => Agency, { description: '移动执法主体 (move an agency with its sub-units under another parent; null parent = top level); send the version you saw' })
  moveAgency(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, { description: '执法主体编号 (agency id)' }) id: string,
    @Arg('version', () => Int, { description: '您看到的版本号 (the version you saw)' }) version: number,
    @Arg('parentId', () => ID, { nullable: true, description: '新的上级执法主体；为空则为顶级 (new parent; null for top level)' }) parentId: string | null,
  ): Promise<Agency> {
    return moveAgency(ctx.em, ctx.identity, ctx.clock, id, version, parentId ?? null);
  }

  @Mutation(() => Int, { description: '重新发布执法主体树 (republish the whole agency tree as one event, so other subgraphs rebuild their agency projection); system administrators; returns the number of agencies' })
  republishAgencies(@Ctx() ctx: PersonnelContext): Promise<number> {
    return republishAgencies(ctx.em, ctx.identity, ctx.clock);
  }

  @FieldResolver(() => AgencyFigures, { description: '人员指标 (staffing figures of this agency and its sub-units for a year); requires login within scope' })
  figures(@Root() agency: Agency, @Ctx() ctx: PersonnelContext, @Arg('year', () => Int, { nullable: true, description: '年度，默认今年 (year, default this year)' }) year?: number | null): Promise<AgencyFigures> {
    checkAgencyRecords(ctx.identity, agency);
    return agencyFigures(ctx.em, ctx.clock, agency, year);
  }

  @FieldResolver(() => ChangeLogList, { description: '修改记录，最新的在前 (who changed this agency, when, which fields; newest first), paged; staff in scope only' })
  changeLog(@Root() agency: Agency, @Ctx() ctx: PersonnelContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    checkAgencyRecords(ctx.identity, agency);
    return ctx.loaders.changeLogByRecord.load(agency.id, page);
  }

  @FieldResolver(() => [Policy], { description: '适用的政策参数 (policy values in force for this agency, with sources); staff in scope only' })
  async policies(@Root() agency: Agency, @Ctx() ctx: PersonnelContext): Promise<Policy[]> {
    checkAgencyRecords(ctx.identity, agency);
    return (await policiesFor(ctx.em, agency)).map(toPolicy);
  }

  @Mutation(() => Policy, {
    description: '设定政策参数 (override a policy for an agency subtree; null value removes the override) on the version the clerk saw; recorded in the agency\'s change log; existing deadlines keep their value',
  })
  async setPolicy(
    @Ctx() ctx: PersonnelContext,
    @Arg('agencyId', () => ID, { description: '执法主体 (agency whose subtree it applies to)' }) agencyId: string,
    @Arg('key', () => PolicyKey, { description: '参数 (policy)' }) key: PolicyKey,
    @Arg('value', () => Float, { nullable: true, description: '取值；为空则恢复默认 (value; null restores the default)' }) value: number | null,
    @Arg('source', () => String, { nullable: true, description: '依据 (source: document and article)' }) source: string | null,
    @Arg('version', () => Int, {
      nullable: true,
      description: '您看到的本级覆盖值的版本 (the version of this agency\'s override the clerk saw, Policy.version); empty only when the agency sets none yet',
    })
    version: number | null,
  ): Promise<Policy> {
    checkId(agencyId, '执法主体');
    return toPolicy(await setPolicy(ctx.em, ctx.identity, ctx.clock, agencyId, key, value ?? null, source ?? null, version ?? null));
  }
}

@Resolver()
export class PolicyQueryResolver {
  @Query(() => [Policy], { description: '政策参数默认值 (the default policy values taken from the seeds, with sources)' })
  defaultPolicies(): Policy[] {
    return Object.values(POLICY_DEFAULTS).map((d) => toPolicy({ key: d.key, value: d.value, source: d.source, setAt: null }));
  }
}
