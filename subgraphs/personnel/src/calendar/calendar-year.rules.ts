/**
 * Pure rules of an entered holiday arrangement (DESIGN "Statutory time": "a system administrator can enter
 * a year's official schedule (citing the notice)"). The 国务院办公厅 notice lists each holiday as a run of
 * days off (放假调休, weekend days included) and the weekend days that become working days (上班).
 */
import { addDays, compareDates, isLocalDate, isWeekend, type Deadline, type EnteredYear, type LocalDate } from '@jiandu/kit';
import type { HolidayRange } from './calendar-year.entity.js';

/** The seven statutory holidays of 《全国年节及纪念日放假办法》 (国务院令第795号 as amended), in calendar order. */
export const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;

/** Years one may enter: the package's first year onwards, a little ahead of today (no earlier than 2004). */
export const FIRST_ENTERABLE_YEAR = 2004;
/** The longest run of days off a notice has listed (春节 and 国庆 2025–2026: 8–9 days) with a margin. */
export const MAX_HOLIDAY_DAYS = 12;

export interface CalendarYearDraft {
  holidays: HolidayRange[];
  makeUpDays: string[];
  notice: string;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** Every day from `from` to `to` inclusive. */
export function daysOf(range: Pick<HolidayRange, 'from' | 'to'>): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = range.from; compareDates(d, range.to) <= 0; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * Every problem of an entered arrangement, each with its field (`holidays.2.to`, `makeUpDays.0`, `notice`)
 * so the form marks the input: dates in the year, ranges in order and not overlapping, a make-up working
 * day is a Saturday or Sunday (调休 moves weekend days only) and not a day off, the notice is cited.
 */
export function calendarYearProblems(year: number, draft: CalendarYearDraft, thisYear: number): FieldProblem[] {
  const p: FieldProblem[] = [];
  if (!Number.isInteger(year) || year < FIRST_ENTERABLE_YEAR || year > thisYear + 2) {
    p.push({ field: 'year', message: `年度应在 ${FIRST_ENTERABLE_YEAR} 至 ${thisYear + 2} 年之间` });
    return p;
  }
  const notice = draft.notice?.trim() ?? '';
  if (!notice) p.push({ field: 'notice', message: '请填写所依据的国务院办公厅通知（如：国办发明电〔2026〕N号）' });
  else if (notice.length > 200) p.push({ field: 'notice', message: '通知文号不能超过 200 字' });
  if (!draft.holidays.length) p.push({ field: 'holidays', message: '请至少录入一个节假日' });
  const inYear = (d: string) => isLocalDate(d) && Number(d.slice(0, 4)) === year;
  const off = new Map<LocalDate, string>();
  draft.holidays.forEach((h, i) => {
    const name = h.name?.trim() ?? '';
    if (!name || name.length > 20) p.push({ field: `holidays.${i}.name`, message: `第 ${i + 1} 个节假日：请填写名称（20 字以内，如 ${HOLIDAY_NAMES.join('、')}）` });
    let ok = true;
    for (const [key, d, what] of [['from', h.from, '放假首日'], ['to', h.to, '放假末日']] as const) {
      if (!inYear(d)) {
        ok = false;
        p.push({ field: `holidays.${i}.${key}`, message: `${name || `第 ${i + 1} 个节假日`}：${what}应为 ${year} 年内的日期（YYYY-MM-DD）；跨年的放假日请录入到所属年度` });
      }
    }
    if (!ok) return;
    if (compareDates(h.from, h.to) > 0) {
      p.push({ field: `holidays.${i}.to`, message: `${name}：放假末日不能早于首日` });
      return;
    }
    const days = daysOf(h);
    if (days.length > MAX_HOLIDAY_DAYS) {
      p.push({ field: `holidays.${i}.to`, message: `${name}：连续放假不能超过 ${MAX_HOLIDAY_DAYS} 天，请核对日期` });
      return;
    }
    for (const d of days) {
      const other = off.get(d);
      if (other !== undefined) {
        p.push({ field: `holidays.${i}.from`, message: `${name}与${other}的放假日期重叠（${d}）` });
        return;
      }
    }
    for (const d of days) off.set(d, name);
  });
  const seen = new Set<string>();
  draft.makeUpDays.forEach((d, i) => {
    const field = `makeUpDays.${i}`;
    if (!inYear(d)) p.push({ field, message: `调休上班日 ${d || '（空）'} 应为 ${year} 年内的日期（YYYY-MM-DD）` });
    else if (seen.has(d)) p.push({ field, message: `调休上班日 ${d} 重复` });
    else if (!isWeekend(d)) p.push({ field, message: `调休上班日 ${d} 不是周六或周日：工作日本来就上班，无需录入` });
    else if (off.has(d)) p.push({ field, message: `${d} 已在${off.get(d)}放假日期内，不能同时是调休上班日` });
    seen.add(d);
  });
  return p;
}

/** The arrangement as kit's calendar takes it: the days off are every day of every holiday run. */
export function toEnteredYear(row: { year: number; holidays: HolidayRange[]; makeUpDays: string[]; notice: string; enteredBy?: string | null; enteredAt?: Date | null }): EnteredYear {
  return {
    year: row.year,
    daysOff: row.holidays.flatMap(daysOf).sort(),
    makeUpDays: [...row.makeUpDays].sort(),
    notice: row.notice,
    enteredBy: row.enteredBy ?? null,
    enteredAt: row.enteredAt ?? null,
  };
}

/**
 * The years among `finalYears` (years whose arrangement just became known: entered from the notice, or in a
 * newer package) that a recount `d` of a stored provisional deadline read — empty when the recount is not
 * due: it read none of them, or its result is what is stored (same due date, still provisional). DESIGN
 * "Statutory time" (民法典 第二百零一条至第二百零三条 count the period; only a changed result is a new
 * deadline): a recount that changes nothing writes no history and bumps no version.
 */
export function yearsMadeFinal(stored: { due: LocalDate; provisional: boolean }, d: Deadline, finalYears: ReadonlySet<number>): number[] {
  if (d.due === stored.due && d.provisional === stored.provisional) return [];
  return d.calendar.filter((b) => finalYears.has(b.year) && b.source !== 'WEEKENDS_ONLY').map((b) => b.year);
}
