import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CalendarDataSource {
  PACKAGE = 'PACKAGE',
  ENTERED = 'ENTERED',
  BOTH = 'BOTH',
}
registerEnumType(CalendarDataSource, {
  name: 'CalendarDataSource',
  description: '节假日安排来源 (where a year\'s holiday arrangement comes from)',
  valuesConfig: {
    PACKAGE: { description: '内置日历数据 (the maintained package, chinese-days)' },
    ENTERED: { description: '管理员录入 (entered by a system administrator from the 国务院办公厅 notice)' },
    BOTH: { description: '两者皆有 (both; the package is used, disagreements are listed)' },
  },
});

export enum CalendarDayKind {
  WORKING_DAY = 'WORKING_DAY',
  DAY_OFF = 'DAY_OFF',
}
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: '日期类别 (what a day is under a schedule)',
  valuesConfig: {
    WORKING_DAY: { description: '工作日 (working day, 调休上班 included)' },
    DAY_OFF: { description: '休息日 (day off: weekend or statutory holiday)' },
  },
});

/** One shape for what is read and what is entered: the output type and the input type of the graph. */
@ObjectType('CalendarHoliday', { description: '节假日 (one holiday of an arrangement: name and its run of days off)' })
@InputType('CalendarHolidayInput', { description: '节假日 (a holiday: name and its run of days off, as the notice lists it)' })
export class CalendarHoliday {
  @Field({ description: '名称 (name), e.g. 春节' })
  name!: string;

  @Field({ description: '放假首日 (first day off, YYYY-MM-DD)' })
  from!: string;

  @Field({ description: '放假末日（含）(last day off, inclusive, YYYY-MM-DD)' })
  to!: string;
}

@ObjectType({ description: '录入与内置数据不一致的日期 (a date on which the entered arrangement and the package disagree)' })
export class CalendarDisagreement {
  @Field({ description: '日期 (date, YYYY-MM-DD)' })
  date!: string;

  @Field(() => CalendarDayKind, { description: '按录入安排 (per the entered arrangement)' })
  entered!: CalendarDayKind;

  @Field(() => CalendarDayKind, { description: '按内置数据 (per the package)' })
  package!: CalendarDayKind;
}

@ObjectType({ description: '年度节假日安排 (a year\'s official holiday arrangement, 国务院办公厅通知)' })
export class CalendarYearInfo {
  @Field(() => ID, { description: '编号，即年度 (id: the year)' })
  id!: string;

  @Field(() => Int, { description: '年度 (year)' })
  year!: number;

  @Field(() => CalendarDataSource, { description: '数据来源 (which data exist for the year)' })
  source!: CalendarDataSource;

  @Field(() => CalendarDataSource, { description: '计算期限所用 (which answers for deadlines: the package wherever it has the year, PACKAGE or ENTERED)' })
  inForce!: CalendarDataSource;

  @Field(() => String, { nullable: true, description: '依据通知 (notice cited by the entry), e.g. 国办发明电〔2026〕N号' })
  notice!: string | null;

  @Field(() => [CalendarHoliday], { description: '录入的节假日 (holidays entered; empty when only the package has the year)' })
  holidays!: CalendarHoliday[];

  @Field(() => [String], { description: '录入的放假日期 (entered days off, every day of every holiday)' })
  daysOff!: string[];

  @Field(() => [String], { description: '录入的调休上班日 (entered make-up working days)' })
  makeUpDays!: string[];

  @Field(() => [String], { nullable: true, description: '内置数据的放假日期 (the package\'s days off; null when it lacks the year)' })
  packageDaysOff!: string[] | null;

  @Field(() => [String], { nullable: true, description: '内置数据的调休上班日 (the package\'s make-up working days; null when it lacks the year)' })
  packageMakeUpDays!: string[] | null;

  @Field(() => [CalendarDisagreement], { description: '与内置数据不一致的日期 (dates on which the entry and the package disagree)' })
  disagreements!: CalendarDisagreement[];

  @Field(() => String, { nullable: true, description: '录入人 (entered by)' })
  enteredBy!: string | null;

  @Field(() => Date, { nullable: true, description: '录入时间 (entered at)' })
  enteredAt!: Date | null;

  @Field(() => Int, { nullable: true, description: '版本号 (version of the entry, sent back with a correction; null when not entered)' })
  version!: number | null;
}

@ObjectType({ description: '法定工作日日历概况 (the statutory calendar: coverage and every year with an arrangement)' })
export class CalendarOverviewInfo {
  @Field({ description: '内置日历数据 (the package and its version), e.g. chinese-days 1.5.7' })
  packageLabel!: string;

  @Field({ description: '已覆盖起始日 (first day of the covered range)' })
  coveredFrom!: string;

  @Field({ description: '已覆盖截止日 (last day of the unbroken covered range; deadlines past it are provisional)' })
  coveredTo!: string;

  @Field(() => [CalendarYearInfo], { description: '各年度安排，最新的在前 (years with an arrangement, newest first)' })
  years!: CalendarYearInfo[];
}

@ObjectType({ description: '重新计算的期限 (a stored provisional deadline recounted when a year was entered)' })
export class RecomputedDeadlineInfo {
  @Field({ description: '期限类别 (CERTIFICATE_REVIEW: 证件年审; EMPLOYMENT_CHANGE_REPORT: 人员变动报送)' })
  kind!: string;

  @Field(() => ID, { description: '记录编号 (certificate or employment-change id)' })
  recordId!: string;

  @Field({ description: '原截止日 (due date before)' })
  before!: string;

  @Field({ description: '新截止日 (due date after)' })
  after!: string;

  @Field({ description: '是否仍为暂定 (still provisional: it also reaches a year not yet published)' })
  provisional!: boolean;
}

@ObjectType({ description: '录入年度节假日安排的结果 (result of entering a year\'s arrangement)' })
export class SetCalendarYearResult {
  @Field(() => CalendarYearInfo, { description: '年度安排 (the year as stored)' })
  calendarYear!: CalendarYearInfo;

  @Field(() => [RecomputedDeadlineInfo], { description: '重新计算的期限 (stored provisional deadlines recounted in the same transaction)' })
  recomputed!: RecomputedDeadlineInfo[];
}

@InputType({ description: '年度节假日安排 (a year\'s arrangement from the 国务院办公厅 notice)' })
export class CalendarYearInput {
  @Field({ description: '依据通知 (the notice), e.g. 国办发明电〔2026〕N号' })
  notice!: string;

  @Field(() => [CalendarHoliday], { description: '节假日 (holidays with their days off, weekend days within them included)' })
  holidays!: CalendarHoliday[];

  @Field(() => [String], { description: '调休上班日 (make-up working days: Saturdays or Sundays, YYYY-MM-DD)' })
  makeUpDays!: string[];
}
