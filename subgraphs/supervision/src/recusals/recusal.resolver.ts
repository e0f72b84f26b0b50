import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeLogList, maskName, PageArgs } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { AgencyStub } from '../external/agency.stub.js';
import { OfficerStub } from '../external/officer.stub.js';
import { Recusal } from './recusal.entity.js';
import { ApplyRecusalInput, DecideRecusalInput, DeclareRecusalInput, OrderRecusalInput, RecusalFilter, RecusalList, RecusalOrder } from './recusal.inputs.js';
import { inEffect } from './recusal.rules.js';
import { applyForRecusal, declareRecusal, decideRecusal, getRecusal, listRecusals, mayReadApplicant, orderRecusal } from './recusal.service.js';

@Resolver(() => Recusal)
export class RecusalResolver {
  @Query(() => RecusalList, { description: '回避记录 (recusals the caller may see: per matter with `subjectId`, per supervisor with `officerId`), newest first' })
  recusals(
    @Ctx() ctx: SupervisionContext,
    @Args() page: PageArgs,
    @Arg('filter', () => RecusalFilter, { nullable: true, description: '筛选 (filter)' }) filter?: RecusalFilter | null,
    @Arg('orderBy', () => RecusalOrder, { nullable: true, description: '排序 (order)' }) orderBy?: RecusalOrder | null,
  ): Promise<RecusalList> {
    return listRecusals(ctx.em, ctx.identity, filter, orderBy, page);
  }

  @Query(() => Recusal, { description: '一条回避记录 (one recusal by id)' })
  recusal(@Ctx() ctx: SupervisionContext, @Arg('id', () => ID, { description: '回避记录编号 (recusal id)' }) id: string): Promise<Recusal> {
    return getRecusal(ctx.em, ctx.identity, id);
  }

  @Mutation(() => Recusal, { description: '自行回避 (the supervisor declares his own 回避 from a matter, with the conflict; in effect at once, 004 第二十一条); the supervisor himself' })
  declareRecusal(@Ctx() ctx: SupervisionContext, @Arg('input', () => DeclareRecusalInput, { description: '自行回避 (the declaration)' }) input: DeclareRecusalInput): Promise<Recusal> {
    return declareRecusal(ctx, input);
  }

  @Mutation(() => Recusal, { description: '登记回避申请 (an application by the supervised body or the complainant, 004 第二十一条; pending until the 主要负责人 decides); supervisors of the matter\'s agency, or its agency administrator for the supervised body' })
  applyForRecusal(@Ctx() ctx: SupervisionContext, @Arg('input', () => ApplyRecusalInput, { description: '回避申请 (the application)' }) input: ApplyRecusalInput): Promise<Recusal> {
    return applyForRecusal(ctx, input);
  }

  @Mutation(() => Recusal, { description: '登记主要负责人对回避申请的决定 (record the 主要负责人\'s decision: approve → in effect, reject → no 回避, 004 第二十一条); a supervisor other than the one concerned' })
  decideRecusal(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '回避记录编号 (recusal id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('input', () => DecideRecusalInput, { description: '决定 (the decision)' }) input: DecideRecusalInput,
  ): Promise<Recusal> {
    return decideRecusal(ctx, id, version, input);
  }

  @Mutation(() => Recusal, { description: '决定回避 (the 监督机关 orders a supervisor off a matter when he neither withdrew nor was applied against, 004 第二十一条); a supervisor other than the one concerned' })
  orderRecusal(@Ctx() ctx: SupervisionContext, @Arg('input', () => OrderRecusalInput, { description: '决定回避 (the order)' }) input: OrderRecusalInput): Promise<Recusal> {
    return orderRecusal(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: '是否已回避 (in effect: the supervisor is off the matter)' })
  inEffect(@Root() r: Recusal): boolean {
    return inEffect(r);
  }

  @FieldResolver(() => String, { nullable: true, description: '申请人名称或姓名 (the applicant); a complainant\'s name is masked (张*) for all but supervisors' })
  applicantName(@Root() r: Recusal, @Ctx() ctx: SupervisionContext): string | null {
    return mayReadApplicant(ctx.identity, r) ? r.applicantName : maskName(r.applicantName);
  }

  @FieldResolver(() => OfficerStub, { description: '回避的执法监督人员 (the supervisor, from personnel)' })
  officer(@Root() r: Recusal): OfficerStub {
    return { id: r.officerId };
  }

  @FieldResolver(() => AgencyStub, { description: '被监督机关 (agency the matter is about)' })
  agency(@Root() r: Recusal): AgencyStub {
    return { id: r.agencyId };
  }

  @FieldResolver(() => ChangeLogList, { description: '修改记录，最新的在前 (who recorded or decided what, when; newest first), paged' })
  changeLog(@Root() r: Recusal, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    return ctx.loaders.onsite.changeLog.load(r.id, page);
  }
}
