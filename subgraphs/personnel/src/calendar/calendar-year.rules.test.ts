/**
 * Rules of an entered holiday arrangement (DESIGN "Statutory time"; 国务院办公厅 notices list each holiday as
 * a run of days off and the weekend days worked instead). Dates of 2027 here are TEST DATA, not the notice.
 */
import { describe, expect, it } from '@jest/globals';
import { calendarYearProblems, daysOf, toEnteredYear } from './calendar-year.rules.js';

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
