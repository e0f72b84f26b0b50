/**
 * Entered schedules — design doc "Statutory time": "a system administrator can enter a year's official
 * schedule (citing the notice); entered data makes that year's deadlines final". Issue 7 item 9: the
 * package stays the default for the years it covers.
 *
 * TEST DATA: `TEST_2027` is a realistic 2027 arrangement constructed for these tests (春节 正月初一 is
 * 2027-02-06); it is NOT the State Council's notice for 2027, whose text we do not have.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  applyEnteredYear, calendarBasisText, calendarCoverage, calendarWith, compareSchedules, computeDeadline, currentCalendar,
  installEnteredYears, isCovered, isWorkingDay, packageLabel, packageSchedule, packageYears, resetCalendar, usePackageCalendar, yearBasis,
  type EnteredYear,
} from './calendar.rules.js';

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
};

const NOTICE = '国办发明电〔2026〕测试号（测试数据）';
const TEST_2027: EnteredYear = {
  year: 2027,
  daysOff: [
    ...range('2027-01-01', '2027-01-03'), // 元旦
    ...range('2027-02-05', '2027-02-13'), // 春节
    ...range('2027-04-03', '2027-04-05'), // 清明节
    ...range('2027-05-01', '2027-05-05'), // 劳动节
    '2027-06-09', // 端午节
    '2027-09-15', // 中秋节
    ...range('2027-10-01', '2027-10-07'), // 国庆节
  ],
  makeUpDays: ['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'],
  notice: NOTICE,
  enteredBy: '系统管理员',
};

afterEach(() => {
  resetCalendar();
  usePackageCalendar(null);
});

describe('entered schedules make a year the package lacks final (DESIGN "Statutory time")', () => {
  it('国务院办公厅 notice entered: 10 working days from 2027-02-01 skip 春节 and count the 调休 Saturday 02-20 (民法典 第二百零一条)', () => {
    const cal = calendarWith([TEST_2027]);
    // Feb 2, 3, 4 (3); 5–13 春节; 15–19 (8); Sat 20 make-up (9); Mon 22 (10).
    expect(computeDeadline({ start: '2027-02-01', amount: 10, unit: 'WORKING_DAYS' }, cal)).toEqual({
      start: '2027-02-01', amount: 10, unit: 'WORKING_DAYS', due: '2027-02-22', provisional: false,
      calendar: [{ year: 2027, source: 'ENTERED', notice: NOTICE }],
    });
    // The same computation without the entry is provisional, on weekends alone.
    expect(computeDeadline({ start: '2027-02-01', amount: 10, unit: 'WORKING_DAYS' })).toMatchObject({ due: '2027-02-15', provisional: true });
  });

  it('民法典 第二百零三条: a natural-day period ending on 元旦 2027 ends on the next working day, final, citing both sources', () => {
    const d = computeDeadline({ start: '2026-12-27', amount: 5, unit: 'NATURAL_DAYS' }, calendarWith([TEST_2027]));
    expect(d).toMatchObject({ due: '2027-01-04', provisional: false });
    expect(d.calendar).toEqual([{ year: 2027, source: 'ENTERED', notice: NOTICE }]);
    expect(calendarBasisText(d)).toBe(`2027年：${NOTICE}（录入）`);
    const crossing = computeDeadline({ start: '2026-12-25', amount: 5, unit: 'WORKING_DAYS' }, calendarWith([TEST_2027]));
    // 2026-12-28..31 (4), 2027-01-01..03 元旦, Mon 01-04 (5).
    expect(crossing).toMatchObject({ due: '2027-01-04', provisional: false });
    expect(calendarBasisText(crossing)).toBe(`2026年：${packageLabel()}；2027年：${NOTICE}（录入）`);
  });

  it('民法典 第二百零三条: a month period ending on a 调休 Sunday (2027-04-25) ends that day once the notice is entered', () => {
    expect(computeDeadline({ start: '2026-11-25', amount: 5, unit: 'NATURAL_MONTHS' })).toMatchObject({ due: '2027-04-26', provisional: true });
    expect(computeDeadline({ start: '2026-11-25', amount: 5, unit: 'NATURAL_MONTHS' }, calendarWith([TEST_2027]))).toMatchObject({ due: '2027-04-25', provisional: false });
  });

  it('a deadline reaching past the entered year (2028) stays provisional and says which year is missing', () => {
    const d = computeDeadline({ start: '2027-12-20', amount: 20, unit: 'WORKING_DAYS' }, calendarWith([TEST_2027]));
    expect(d.provisional).toBe(true);
    expect(d.calendar.map((b) => [b.year, b.source])).toEqual([[2027, 'ENTERED'], [2028, 'WEEKENDS_ONLY']]);
    expect(calendarBasisText(d)).toContain('2028年：暂按周末计算（暂定）');
  });

  it('issue 7 item 9: the package stays the default for a year it covers (2026 国庆 stays off even if entered otherwise)', () => {
    const cal = calendarWith([{ year: 2026, daysOff: [], makeUpDays: [], notice: '错误录入' }]);
    expect(isWorkingDay('2026-10-01', cal)).toBe(false);
    expect(yearBasis(2026, cal)).toEqual({ year: 2026, source: 'PACKAGE', notice: null });
    expect(yearBasis(2027, cal).source).toBe('WEEKENDS_ONLY');
  });

  it('install, apply and reset change what computeDeadline uses by default; coverage grows by whole years', () => {
    expect(calendarCoverage().to).toBe('2026-12-31');
    expect(isCovered('2027-03-01')).toBe(false);
    installEnteredYears([TEST_2027]);
    expect(isCovered('2027-03-01')).toBe(true);
    expect(calendarCoverage()).toEqual({ from: '2004-01-01', to: '2027-12-31' });
    expect(isWorkingDay('2027-02-08')).toBe(false);
    expect(isWorkingDay('2027-02-20')).toBe(true);
    // a gap (2029 without 2028) does not extend the unbroken coverage
    applyEnteredYear({ year: 2029, daysOff: ['2029-01-01'], makeUpDays: [], notice: 'x' });
    expect(calendarCoverage().to).toBe('2027-12-31');
    expect(currentCalendar().entered.size).toBe(2);
    resetCalendar();
    expect(isWorkingDay('2027-02-08')).toBe(true);
  });

  it('rejects an entry with a date outside its year or a date both off and make-up', () => {
    expect(() => calendarWith([{ year: 2027, daysOff: ['2026-12-31'], makeUpDays: [], notice: 'x' }])).toThrow(RangeError);
    expect(() => calendarWith([{ year: 2027, daysOff: ['2027-02-06'], makeUpDays: ['2027-02-06'], notice: 'x' }])).toThrow(RangeError);
  });
});

describe('compareSchedules: where an entry and the package disagree', () => {
  it('the 2026 arrangement (国务院办公厅 notice in chinese-days) compared with itself: no disagreement', () => {
    const pkg = packageSchedule(2026)!;
    expect(pkg.daysOff).toContain('2026-10-01');
    expect(pkg.makeUpDays).toContain('2026-10-10');
    expect(compareSchedules(pkg, pkg)).toEqual([]);
    expect(packageSchedule(2027)).toBeNull();
  });

  it('weekend days listed or left out inside a holiday block are no disagreement; working-day differences are', () => {
    const pkg = packageSchedule(2026)!;
    const entered = {
      year: 2026,
      // drops the weekend 10-03/10-04 (still days off as weekends), drops 10-07 (a real difference),
      // drops the make-up day 10-10 and adds 12-31 as a day off
      daysOff: [...pkg.daysOff.filter((d) => !['2026-10-03', '2026-10-04', '2026-10-07'].includes(d)), '2026-12-31'],
      makeUpDays: pkg.makeUpDays.filter((d) => d !== '2026-10-10'),
    };
    expect(compareSchedules(entered, pkg)).toEqual([
      { date: '2026-10-07', entered: 'WORKING_DAY', package: 'DAY_OFF' },
      { date: '2026-10-10', entered: 'DAY_OFF', package: 'WORKING_DAY' },
      { date: '2026-12-31', entered: 'DAY_OFF', package: 'WORKING_DAY' },
    ]);
  });
});

describe('a newer package (usePackageCalendar): what a release covering one more year changes (DESIGN "Statutory time")', () => {
  const newer = () => ({ label: 'chinese-days 9.9.9-test', years: [...packageYears().map((y) => packageSchedule(y)!), TEST_2027] });

  it('the package years and label follow the package in use; null goes back to chinese-days', () => {
    const label = packageLabel();
    const years = packageYears();
    expect(years[0]).toBe(2004);
    expect(years).not.toContain(2027);
    usePackageCalendar(newer());
    expect(packageLabel()).toBe('chinese-days 9.9.9-test');
    expect(packageYears()).toEqual([...years, 2027]);
    expect(calendarCoverage().to).toBe('2027-12-31');
    expect(yearBasis(2027)).toEqual({ year: 2027, source: 'PACKAGE', notice: null });
    usePackageCalendar(null);
    expect(packageLabel()).toBe(label);
    expect(packageYears()).toEqual(years);
  });

  it('民法典 第二百零三条: a deadline read on weekends alone becomes final on the newer package (春节 2027-02-05 → 02-15)', () => {
    const input = { start: '2026-11-24', amount: 73, unit: 'NATURAL_DAYS' as const };
    expect(computeDeadline(input)).toMatchObject({ due: '2027-02-05', provisional: true });
    usePackageCalendar(newer());
    const d = computeDeadline(input);
    expect(d).toMatchObject({ due: '2027-02-15', provisional: false });
    expect(calendarBasisText(d)).toBe('2027年：chinese-days 9.9.9-test');
  });

  it('refuses data a package could not have (no label, no year, a day both off and worked)', () => {
    expect(() => usePackageCalendar({ label: ' ', years: [TEST_2027] })).toThrow(RangeError);
    expect(() => usePackageCalendar({ label: 'x 1', years: [] })).toThrow(RangeError);
    expect(() => usePackageCalendar({ label: 'x 1', years: [{ year: 2027, daysOff: ['2027-01-01'], makeUpDays: ['2027-01-01'] }] })).toThrow(RangeError);
    expect(packageYears()).not.toContain(2027);
  });
});
