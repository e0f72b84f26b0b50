/**
 * Rules of an entered holiday arrangement (DESIGN "Statutory time"; 国务院办公厅 notices list each holiday as
 * a run of days off and the weekend days worked instead). Dates of 2027 here are TEST DATA, not the notice.
 */
import { describe, expect, it } from '@jest/globals';
import { calendarWith, computeDeadline } from '@jiandu/kit';
import { calendarYearProblems, daysOf, toEnteredYear, yearsMadeFinal } from './calendar-year.rules.js';

const ok = { notice: '国办发明电〔2026〕测试号', holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-13' }], makeUpDays: ['2027-02-20'] };
const fields = (draft: Partial<typeof ok>, year = 2027) => calendarYearProblems(year, { ...ok, ...draft }, 2026).map((p) => p.field);

describe('calendarYearProblems (国务院办公厅 notice as entered)', () => {
  it('a well-formed arrangement has no problem', () => {
    expect(fields({})).toEqual([]);
  });

  it('the notice is cited; a year is within 2004 and two years ahead', () => {
    expect(fields({ notice: '  ' })).toEqual(['notice']);
    expect(fields({}, 2003)).toEqual(['year']);
    expect(fields({}, 2029)).toEqual(['year']);
  });

  it('days off lie in the year, in order, at most 12 in a run, not overlapping another holiday', () => {
    expect(fields({ holidays: [{ name: '元旦', from: '2026-12-31', to: '2027-01-01' }] })).toEqual(['holidays.0.from']);
    expect(fields({ holidays: [{ name: '春节', from: '2027-02-13', to: '2027-02-05' }] })).toEqual(['holidays.0.to']);
    expect(fields({ holidays: [{ name: '春节', from: '2027-02-01', to: '2027-02-14' }] })).toEqual(['holidays.0.to']);
    expect(fields({ holidays: [{ name: '', from: '2027-02-05', to: '2027-02-06' }] })).toEqual(['holidays.0.name']);
    expect(fields({ holidays: [ok.holidays[0]!, { name: '元宵', from: '2027-02-13', to: '2027-02-13' }] })).toEqual(['holidays.1.from']);
    expect(fields({ holidays: [] })).toEqual(['holidays']);
  });

  it('调休: a make-up working day is a Saturday or Sunday of the year, once, and not a day off', () => {
    expect(fields({ makeUpDays: ['2027-02-22'] })).toEqual(['makeUpDays.0']); // a Monday
    expect(fields({ makeUpDays: ['2027-02-06'] })).toEqual(['makeUpDays.0']); // within 春节
    expect(fields({ makeUpDays: ['2027-02-20', '2027-02-20'] })).toEqual(['makeUpDays.1']);
    expect(fields({ makeUpDays: ['2026-12-26'] })).toEqual(['makeUpDays.0']);
  });

  it('the days off given to the calendar are every day of every run, sorted', () => {
    expect(daysOf({ from: '2027-01-01', to: '2027-01-03' })).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    const e = toEnteredYear({ year: 2027, notice: 'n', makeUpDays: ['2027-02-20'], holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-06' }, { name: '元旦', from: '2027-01-01', to: '2027-01-01' }] });
    expect(e).toMatchObject({ year: 2027, daysOff: ['2027-01-01', '2027-02-05', '2027-02-06'], makeUpDays: ['2027-02-20'], notice: 'n' });
  });
});

describe('yearsMadeFinal (民法典 第二百零一条至第二百零三条: recount a provisional deadline only where its result changes)', () => {
  const y2027 = toEnteredYear({ year: 2027, ...ok, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }, ...ok.holidays] });
  const entered = calendarWith([y2027]);
  const final = new Set([2027]);

  it('民法典 第二百零一条: 10 working days from 2026-12-21 move from 2027-01-04 to 01-05 once 元旦 2027 is known', () => {
    const period = { start: '2026-12-21', amount: 10, unit: 'WORKING_DAYS' as const };
    const before = computeDeadline(period, calendarWith([]));
    expect(before).toMatchObject({ due: '2027-01-04', provisional: true });
    expect(yearsMadeFinal({ due: before.due, provisional: true }, computeDeadline(period, entered), final)).toEqual([2027]);
  });

  it('民法典 第二百零三条: a deadline that also reads 2026 is not recounted for entering 2026 (the package stays in force)', () => {
    const period = { start: '2026-12-21', amount: 10, unit: 'WORKING_DAYS' as const };
    const stored = computeDeadline(period, calendarWith([]));
    expect(stored.calendar.map((b) => b.year)).toEqual([2026, 2027]);
    expect(yearsMadeFinal({ due: stored.due, provisional: true }, computeDeadline(period, calendarWith([{ ...y2027, year: 2026, daysOff: [], makeUpDays: [] }])), new Set([2026]))).toEqual([]);
  });

  it('民法典 第二百零一条: same due date and still provisional (it reads 2028 too) — nothing to recount', () => {
    const period = { start: '2027-12-20', amount: 10, unit: 'WORKING_DAYS' as const };
    const stored = computeDeadline(period, calendarWith([]));
    const recount = computeDeadline(period, entered);
    expect(recount).toMatchObject({ due: stored.due, provisional: true });
    expect(yearsMadeFinal({ due: stored.due, provisional: true }, recount, final)).toEqual([]);
  });

  it('民法典 第二百零二条: same date but final now (2027-11-24 is a working day) — recounted, it is no longer provisional', () => {
    const period = { start: '2026-11-24', amount: 12, unit: 'NATURAL_MONTHS' as const };
    expect(yearsMadeFinal({ due: '2027-11-24', provisional: true }, computeDeadline(period, entered), final)).toEqual([2027]);
  });
});
