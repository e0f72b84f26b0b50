import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonnelContext } from '../context.js';
import { ChangeLogList, PageArgs } from '@jiandu/kit';
import { EmploymentChange } from '../officers/employment-change.entity.js';
import { calendarOverview, calendarYear, setCalendarYear, type CalendarYearView } from './calendar-year.service.js';
import { CalendarDataSource, CalendarOverviewInfo, CalendarYearInfo, CalendarYearInput, SetCalendarYearResult, type CalendarDayKind } from './calendar-year.types.js';

const toInfo = (v: CalendarYearView): CalendarYearInfo => ({
  id: String(v.year),
  year: v.year,
  source: v.source as CalendarDataSource,
  inForce: v.inForce as CalendarDataSource,
  notice: v.entered?.notice ?? null,
  holidays: v.entered?.holidays ?? [],
  daysOff: v.enteredDaysOff,
  makeUpDays: v.entered?.makeUpDays ?? [],
  packageDaysOff: v.packageDaysOff,
  packageMakeUpDays: v.packageMakeUpDays,
  disagreements: v.disagreements.map((d) => ({ date: d.date, entered: d.entered as CalendarDayKind, package: d.package as CalendarDayKind })),
  enteredBy: v.entered?.enteredBy ?? null,
  enteredAt: v.entered?.enteredAt ?? null,
  version: v.entered?.version ?? null,
});

@Resolver(() => CalendarYearInfo)
export class CalendarYearResolver {
  @Query(() => CalendarOverviewInfo, { description: '法定工作日日历 (the statutory calendar: coverage, every year with its source and disagreements); staff' })
  async calendarYears(@Ctx() ctx: PersonnelContext): Promise<CalendarOverviewInfo> {
    const o = await calendarOverview(ctx.em, ctx.identity);
    return { packageLabel: o.packageLabel, coveredFrom: o.coveredFrom, coveredTo: o.coveredTo, years: o.years.map(toInfo) };
  }

  @Query(() => CalendarYearInfo, { nullable: true, description: '某年度节假日安排 (one year\'s arrangement; null when neither the package nor an entry has it); staff' })
  async calendarYear(@Ctx() ctx: PersonnelContext, @Arg('year', () => Int, { description: '年度 (year)' }) year: number): Promise<CalendarYearInfo | null> {
    const v = await calendarYear(ctx.em, ctx.identity, year);
    return v && toInfo(v);
  }

  @Mutation(() => SetCalendarYearResult, {
    description: '录入年度节假日安排 (enter or correct a year\'s arrangement from the 国务院办公厅 notice; recounts stored provisional deadlines); system administrators',
  })
  async setCalendarYear(
    @Ctx() ctx: PersonnelContext,
    @Arg('year', () => Int, { description: '年度 (year)' }) year: number,
    @Arg('input', () => CalendarYearInput, { description: '安排 (the arrangement)' }) input: CalendarYearInput,
    @Arg('version', () => Int, { nullable: true, description: '您看到的版本号；新录入为空 (the version you saw; null for a year not yet entered)' }) version?: number | null,
  ): Promise<SetCalendarYearResult> {
    const r = await setCalendarYear(ctx.em, ctx.identity, ctx.clock, year, input, version);
    return { calendarYear: toInfo(r.view), recomputed: r.recomputed };
  }
}

@Resolver(() => EmploymentChange)
export class EmploymentChangeLogResolver {
  @FieldResolver(() => ChangeLogList, { description: '修改记录，最新的在前 (changes of this record, e.g. its deadline recounted; newest first), paged' })
  changeLog(@Root() change: EmploymentChange, @Ctx() ctx: PersonnelContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    return ctx.loaders.changeLogByRecord.load(change.id, page);
  }
}
