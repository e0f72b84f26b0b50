import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChangeLogList, PageArgs } from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { AgencyStub } from '../external/agency.stub.js';
import { OfficerStub } from '../external/officer.stub.js';
import { RecusalList } from '../recusals/recusal.inputs.js';
import { Inspection, InspectionEntry, InspectionSupervisor } from './inspection.entity.js';
import {
  CarryOutInspectionInput, ConcludeInspectionInput, InspectionArrangementInput, InspectionEntryInput, InspectionEntryList, InspectionFilter, InspectionList,
  InspectionOrder, PlanInspectionInput,
} from './inspection.inputs.js';
import { activitySpan } from './inspection.rules.js';
import {
  addInspectionEntry, cancelInspection, carryOutInspection, concludeInspection, getInspection, listInspections, planInspection, updateInspection,
} from './inspection.service.js';

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => InspectionList, { description: '现场监督列表 (on-site supervisions the caller may see), latest date first' })
  inspections(
    @Ctx() ctx: SupervisionContext,
    @Args() page: PageArgs,
    @Arg('filter', () => InspectionFilter, { nullable: true, description: '筛选 (filter)' }) filter?: InspectionFilter | null,
    @Arg('orderBy', () => InspectionOrder, { nullable: true, description: '排序 (order)' }) orderBy?: InspectionOrder | null,
  ): Promise<InspectionList> {
    return listInspections(ctx.em, ctx.identity, filter, orderBy, page);
  }

  @Query(() => Inspection, { description: '一次现场监督 (one on-site supervision by id)' })
  inspection(@Ctx() ctx: SupervisionContext, @Arg('id', () => ID, { description: '现场监督编号 (inspection id)' }) id: string): Promise<Inspection> {
    return getInspection(ctx.em, ctx.identity, id);
  }

  @Mutation(() => Inspection, { description: '计划现场监督 (plan an on-site supervision: ≥ 2 supervisors each with a 执法监督证 valid on that date, 004 第二十二条); supervisors of the agency\'s subtree' })
  planInspection(@Ctx() ctx: SupervisionContext, @Arg('input', () => PlanInspectionInput, { description: '安排 (the arrangements)' }) input: PlanInspectionInput): Promise<Inspection> {
    return planInspection(ctx, input);
  }

  @Mutation(() => Inspection, { description: '修改现场监督安排 (change a planned inspection; supervisors checked again, 回避 included)' })
  updateInspection(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '现场监督编号 (inspection id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('input', () => InspectionArrangementInput, { description: '安排 (the arrangements)' }) input: InspectionArrangementInput,
  ): Promise<Inspection> {
    return updateInspection(ctx, id, version, input);
  }

  @Mutation(() => Inspection, { description: '登记现场监督已实施 (record that it took place, on which date and with whom — checked again: ≥ 2, valid 执法监督证, none recused)' })
  carryOutInspection(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '现场监督编号 (inspection id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('input', () => CarryOutInspectionInput, { description: '实施情况 (how it took place)' }) input: CarryOutInspectionInput,
  ): Promise<Inspection> {
    return carryOutInspection(ctx, id, version, input);
  }

  @Mutation(() => InspectionEntry, { description: '追加全过程记录 (append an entry to the record of the activity, 004 第二十二条); until it is concluded' })
  addInspectionEntry(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '现场监督编号 (inspection id)' }) id: string,
    @Arg('input', () => InspectionEntryInput, { description: '记录 (the entry)' }) input: InspectionEntryInput,
  ): Promise<InspectionEntry> {
    return addInspectionEntry(ctx, id, input);
  }

  @Mutation(() => Inspection, { description: '办结现场监督 (conclude a carried-out inspection with findings and conclusion; its record must not be empty)' })
  concludeInspection(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '现场监督编号 (inspection id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('input', () => ConcludeInspectionInput, { description: '问题与结论 (findings and conclusion)' }) input: ConcludeInspectionInput,
  ): Promise<Inspection> {
    return concludeInspection(ctx, id, version, input);
  }

  @Mutation(() => Inspection, { description: '取消现场监督 (cancel a planned inspection, with the reason)' })
  cancelInspection(
    @Ctx() ctx: SupervisionContext,
    @Arg('id', () => ID, { description: '现场监督编号 (inspection id)' }) id: string,
    @Arg('version', () => Int, { description: '版本号 (the version seen)' }) version: number,
    @Arg('reason', { description: '取消原因 (reason), at least 4 characters' }) reason: string,
  ): Promise<Inspection> {
    return cancelInspection(ctx, id, version, reason);
  }

  @FieldResolver(() => Date, { description: '开始时刻 (the instant the activity starts: its start time, or the start of its date)' })
  startsAt(@Root() i: Inspection): Date {
    return activitySpan(i).startsAt;
  }

  @FieldResolver(() => Date, { description: '结束时刻 (the instant it ends: its end time, or the end of its date); the 执法监督证 is checked at both ends' })
  endsAt(@Root() i: Inspection): Date {
    return activitySpan(i).endsAt;
  }

  @FieldResolver(() => [InspectionSupervisor], { description: '执法监督人员 (the supervisors, the 执法监督证 personnel confirmed for each, and whether he withdrew since)' })
  async supervisors(@Root() i: Inspection, @Ctx() ctx: SupervisionContext): Promise<InspectionSupervisor[]> {
    const recused = await ctx.loaders.onsite.recusedBySubject.load(i.id);
    const checks = new Map(i.supervisorChecks.map((c) => [c.officerId, c]));
    return i.supervisorIds.map((officerId) => {
      const c = checks.get(officerId);
      return Object.assign(new InspectionSupervisor(), {
        officerId, officerName: c?.officerName ?? null, certificateNumber: c?.certificateNumber ?? null, checkedAt: new Date(c?.checkedAt ?? i.createdAt), recused: recused.has(officerId),
      });
    });
  }

  @FieldResolver(() => InspectionEntryList, { description: '全过程记录 (the record of the activity, oldest first), paged' })
  entries(@Root() i: Inspection, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<InspectionEntryList> {
    return ctx.loaders.onsite.entriesByInspection.load(i.id, page);
  }

  @FieldResolver(() => RecusalList, { description: '回避记录 (recusals from this inspection, 004 第二十一条), newest first, paged' })
  recusals(@Root() i: Inspection, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<RecusalList> {
    return ctx.loaders.onsite.recusalsBySubject.load(i.id, page);
  }

  @FieldResolver(() => AgencyStub, { description: '被监督机关 (supervised agency)' })
  agency(@Root() i: Inspection): AgencyStub {
    return { id: i.agencyId };
  }

  @FieldResolver(() => ChangeLogList, { description: '修改记录，最新的在前 (who changed what, when; newest first), paged' })
  changeLog(@Root() i: Inspection, @Ctx() ctx: SupervisionContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    return ctx.loaders.onsite.changeLog.load(i.id, page);
  }
}

@Resolver(() => InspectionSupervisor)
export class InspectionSupervisorResolver {
  @FieldResolver(() => OfficerStub, { description: '执法监督人员 (the officer record, from personnel)' })
  officer(@Root() s: InspectionSupervisor): OfficerStub {
    return { id: s.officerId };
  }
}
