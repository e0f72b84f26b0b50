/**
 * Stored statutory deadlines, one way for every subgraph (DESIGN "Statutory time", "Rules are data": each
 * stored deadline keeps the rule and value that set it; yellow before, red after, as clerks expect).
 *
 * A command computes a deadline with `statutoryDeadline` (the kit calendar, never `new Date()` arithmetic) and
 * stores the columns it returns beside the record (`due_on`, `provisional`, `rule`, `calendar_basis`,
 * `period`); a field resolver turns them into the `StatutoryDeadline` the console shows, with `dueState` on
 * today's date of the kit clock.
 */
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  addWorkingDays, calendarBasisText, computeDeadline, daysBetween, isAfter, isBefore, type LocalDate, type PeriodOptions, type PeriodUnit,
} from './calendar/index.js';

export enum DueState {
  OK = 'OK',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
}
registerEnumType(DueState, {
  name: 'DueState',
  description: '期限状态 (where a deadline stands on today\'s date, on the statutory calendar)',
  valuesConfig: {
    OK: { description: '正常 (more than 2 working days left)' },
    DUE_SOON: { description: '即将到期 (2 working days or fewer left, the due day included): shown yellow' },
    OVERDUE: { description: '已逾期 (past the due date and not done): shown red' },
    DONE: { description: '已完成 (done; see `late`)' },
  },
});

/**
 * How many working days before the due date an item turns yellow. 2: the shortest period kept is 7 working
 * days, and a clerk warned two working days ahead still has a day to prepare and a day to act.
 */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * Where a deadline stands on `today` (China date of the kit clock): DONE once done (with `late` when done after
 * the due date); otherwise OVERDUE after the due date, DUE_SOON when at most DUE_SOON_WORKING_DAYS working days
 * are left (the due day itself included), else OK.
 */
export function dueState(dueOn: LocalDate, doneOn: LocalDate | null, today: LocalDate): { state: DueState; late: boolean } {
  if (doneOn) return { state: DueState.DONE, late: isAfter(doneOn, dueOn) };
  if (isAfter(today, dueOn)) return { state: DueState.OVERDUE, late: true };
  if (!isBefore(addWorkingDays(today, DUE_SOON_WORKING_DAYS), dueOn)) return { state: DueState.DUE_SOON, late: false };
  return { state: DueState.OK, late: false };
}

/** The last due date still DUE_SOON on `today`: later than this is OK (for list filters). */
export const dueSoonUntil = (today: LocalDate) => addWorkingDays(today, DUE_SOON_WORKING_DAYS);

/**
 * A list condition (MikroORM filter on a `dueOn` property) for items in `state` on `today`; `done` and
 * `pending` are the caller's conditions for "done" and "not done yet".
 */
export function dueStateConditions(state: DueState, today: LocalDate, o: { done: object; pending: object }, dueOn = 'dueOn'): object {
  const soon = dueSoonUntil(today);
  switch (state) {
    case DueState.DONE: return o.done;
    case DueState.OVERDUE: return { $and: [o.pending, { [dueOn]: { $lt: today } }] };
    case DueState.DUE_SOON: return { $and: [o.pending, { [dueOn]: { $gte: today, $lte: soon } }] };
    case DueState.OK: return { $and: [o.pending, { [dueOn]: { $gt: soon } }] };
  }
}

/** How a stored deadline was counted, kept so it can be recounted when its calendar becomes final. */
export interface StoredPeriod {
  start: LocalDate;
  amount: number;
  unit: PeriodUnit;
}

/** The columns a record stores for one deadline. */
export interface StoredDeadline {
  dueOn: LocalDate;
  /** Counted past the calendar's data (weekends alone): may move when the year's arrangement is published. */
  provisional: boolean;
  /** The rule that set it, with its source, e.g. `004 第二十四条：自收到通知书之日起三十日内整改`. */
  rule: string;
  /** The holiday arrangements it was counted on (`calendarBasisText`). */
  calendarBasis: string;
  period: StoredPeriod;
}

/**
 * A statutory deadline from `start` (the day the period starts counting from, e.g. the day of receipt — 民法典
 * 第二百零一条: the day itself is not counted), `amount` `unit`s, ending on a working day for natural periods
 * (民法典 第二百零三条) unless `extendToWorkingDay: false`; `rule` says which article sets it.
 */
export function statutoryDeadline(start: LocalDate, amount: number, unit: PeriodUnit, rule: string, opts: PeriodOptions = {}): StoredDeadline {
  const d = computeDeadline({ start, amount, unit, ...opts });
  return { dueOn: d.due, provisional: d.provisional, rule, calendarBasis: calendarBasisText(d), period: { start, amount, unit } };
}

const UNIT_TEXT: Record<PeriodUnit, string> = { WORKING_DAYS: '个工作日', NATURAL_DAYS: '日', NATURAL_MONTHS: '个月' };

/** `30日`, `7个工作日`, `3个月`. */
export const periodText = (p: Pick<StoredPeriod, 'amount' | 'unit'>) => `${p.amount}${UNIT_TEXT[p.unit]}`;

// Shareable: every subgraph that stores deadlines (supervision; cases and personnel later) answers it the same way.
@Directive('@shareable')
@ObjectType({ description: '法定期限 (a statutory deadline): when it falls due, the rule that set it, and where it stands today' })
export class StatutoryDeadline {
  @Field({ description: '期限名称 (what is due), e.g. 整改报告' })
  label!: string;

  @Field({ description: '届满日 (due on, YYYY-MM-DD; the day ends at 24:00 China time)' })
  dueOn!: string;

  @Field({ description: '起算日 (counted from, YYYY-MM-DD)' })
  startsOn!: string;

  @Field({ description: '期间 (the period), e.g. 30日' })
  period!: string;

  @Field({ description: '依据 (the rule that set it, with its document and article)' })
  rule!: string;

  @Field({ description: '节假日依据 (the holiday arrangements it was counted on)' })
  calendarBasis!: string;

  @Field({ description: '暂定 (provisional: counted past the official calendar\'s data; may move when the year\'s arrangement is published)' })
  provisional!: boolean;

  @Field(() => DueState, { description: '期限状态 (where it stands today: yellow DUE_SOON, red OVERDUE)' })
  state!: DueState;

  @Field({ description: '是否逾期 (late: not done by the due date, or done after it)' })
  late!: boolean;

  @Field(() => String, { nullable: true, description: '完成日 (done on, YYYY-MM-DD), if done' })
  doneOn!: string | null;

  @Field(() => Int, { nullable: true, description: '剩余天数 (natural days from today, on the platform\'s clock, to the due day: 0 on the due day, negative when overdue); null once done — the console\'s countdown, never counted on the browser\'s clock' })
  daysLeft!: number | null;
}

/** The view of a stored deadline on `today`. */
export function deadlineView(label: string, d: StoredDeadline, doneOn: LocalDate | null, today: LocalDate): StatutoryDeadline {
  const s = dueState(d.dueOn, doneOn, today);
  return Object.assign(new StatutoryDeadline(), {
    label, dueOn: d.dueOn, startsOn: d.period.start, period: periodText(d.period), rule: d.rule, calendarBasis: d.calendarBasis,
    provisional: d.provisional, state: s.state, late: s.late, doneOn, daysLeft: doneOn ? null : daysBetween(today, d.dueOn),
  });
}
