/**
 * Statutory calendar rules — design doc, section "Statutory time".
 *
 * The holidays and 调休 make-up working days asserted here were printed from
 * chinese-days@1.5.7 and match the State Council notices it cites
 * (国办发明电〔2024〕12号 for 2025; gov.cn content_7047091 for 2026). When the package is
 * bumped and its coverage grows past 2026, the "provisional" cases below must move to the
 * new first uncovered year.
 */
import { describe, it, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addDays,
  addNaturalDays,
  addNaturalMonths,
  addWorkingDays,
  calendarCoverage,
  compareDates,
  computeDeadline,
  dayOfWeek,
  daysBetween,
  isAfter,
  isBefore,
  isCovered,
  isLocalDate,
  isWorkingDay,
  type LocalDate,
  type PeriodUnit,
} from './calendar.rules.js';

/** Inclusive list of dates from `from` to `to`. */
function dates(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; !isAfter(d, to); d = addDays(d, 1)) out.push(d);
  return out;
}

const SAT = 6;
const SUN = 0;

describe('calendar coverage (design "Statutory time": provisional deadlines)', () => {
  it('detects the years covered by chinese-days@1.5.7 holiday data: 2004–2026', () => {
    expect(calendarCoverage()).toEqual({ from: '2004-01-01', to: '2026-12-31' });
  });

  it('isCovered is true inside the covered years and false outside', () => {
    expect(isCovered('2004-01-01')).toBe(true);
    expect(isCovered('2026-12-31')).toBe(true);
    expect(isCovered('2027-01-01')).toBe(false);
    expect(isCovered('2003-12-31')).toBe(false);
  });
});

describe('agreement with chinese-days', () => {
  // chinese-days@1.5.7's functions shift every holiday one day earlier when the host time zone is west
  // of UTC (its tables are built at import from UTC-parsed dates formatted in local time), so the rules
  // read its JSON. To compare with the functions on any host, they are asked in a process on China time.
  const askChineseDays = (script: string): string =>
    execFileSync(process.execPath, ['--input-type=module', '-e', `import cd from 'chinese-days';\n${script}`], {
      cwd: path.dirname(fileURLToPath(import.meta.url)),
      env: { ...process.env, TZ: 'Asia/Shanghai', NODE_OPTIONS: '' },
      encoding: 'utf8',
    });

  it('isWorkingDay equals chinese-days isWorkday on every covered day', () => {
    const { from, to } = calendarCoverage();
    const days = dates(from, to);
    const theirs = askChineseDays(
      `const days = ${JSON.stringify(days)};\nprocess.stdout.write(days.map((d) => (cd.isWorkday(new Date(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10), 12)) ? '1' : '0')).join(''));`,
    );
    const disagreements = days.filter((d, i) => (isWorkingDay(d) ? '1' : '0') !== theirs[i]);
    expect(theirs).toHaveLength(days.length);
    expect(disagreements).toEqual([]);
  });

  it('chinese-days getDayDetail names the make-up days asserted below', () => {
    const answer = JSON.parse(
      askChineseDays(`process.stdout.write(JSON.stringify([cd.getDayDetail(new Date(2026, 1, 14, 12)), cd.isInLieu(new Date(2025, 9, 8, 12))]));`),
    );
    expect(answer).toEqual([{ date: '2026-02-14', work: true, name: 'Spring Festival,春节,4' }, true]);
  });

  it('the result does not depend on the host time zone (2026-02-14 is a make-up Saturday everywhere)', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-15')).toBe(false);
  });
});

describe('isWorkingDay: official calendar with 法定节假日 and 调休 make-up working days', () => {
  it.each([
    ['2025 春节', '2025-01-28', '2025-02-04'],
    ['2025 国庆/中秋', '2025-10-01', '2025-10-08'],
    ['2026 元旦', '2026-01-01', '2026-01-03'],
    ['2026 春节', '2026-02-15', '2026-02-23'],
    ['2026 劳动节', '2026-05-01', '2026-05-05'],
    ['2026 中秋', '2026-09-25', '2026-09-27'],
    ['2026 国庆', '2026-10-01', '2026-10-07'],
  ])('%s (%s..%s): every day is off, including the weekdays', (_name, from, to) => {
    for (const d of dates(from, to)) expect([d, isWorkingDay(d)]).toEqual([d, false]);
  });

  it.each([
    ['2025 春节', '2025-01-26', SUN],
    ['2025 春节', '2025-02-08', SAT],
    ['2025 劳动节', '2025-04-27', SUN],
    ['2025 国庆', '2025-09-28', SUN],
    ['2025 国庆', '2025-10-11', SAT],
    ['2026 元旦', '2026-01-04', SUN],
    ['2026 春节', '2026-02-14', SAT],
    ['2026 春节', '2026-02-28', SAT],
    ['2026 劳动节', '2026-05-09', SAT],
    ['2026 国庆', '2026-09-20', SUN],
    ['2026 国庆', '2026-10-10', SAT],
  ])('%s make-up day %s (a weekend day) IS a working day', (_name, d, weekday) => {
    expect(dayOfWeek(d)).toBe(weekday);
    expect(isWorkingDay(d)).toBe(true);
  });

  it('an ordinary weekday is a working day and an ordinary weekend day is not', () => {
    expect(isWorkingDay('2026-03-10')).toBe(true); // Tuesday
    expect(isWorkingDay('2026-03-14')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-15')).toBe(false); // Sunday
  });

  it('outside the covered years the answer is on weekends alone', () => {
    // 2027-02-08 (Monday) falls in 2027's 春节 week, but no arrangement is known yet.
    expect(isWorkingDay('2027-02-08')).toBe(true);
    expect(isWorkingDay('2027-02-06')).toBe(false); // Saturday
    expect(isWorkingDay('2027-01-01')).toBe(true); // Friday; 元旦 not yet published
    expect(isWorkingDay('2003-01-01')).toBe(true); // Wednesday, before the data
  });
});

describe('addWorkingDays: 工作日 periods (民法典 第二百零一条)', () => {
  it('民法典 第二百零一条: the start day is not counted — counting begins the next day', () => {
    expect(addWorkingDays('2026-03-09', 1)).toBe('2026-03-10'); // Mon → Tue
    expect(addWorkingDays('2026-03-13', 1)).toBe('2026-03-16'); // Fri → Mon
    expect(addWorkingDays('2026-03-14', 1)).toBe('2026-03-16'); // Sat → Mon
    expect(addWorkingDays('2026-03-09', 5)).toBe('2026-03-16');
    expect(addWorkingDays('2026-03-09', 0)).toBe('2026-03-09');
  });

  it('民法典 第二百零一条: a working-day period spanning 2025 春节 skips 01-28..02-04 and counts the make-up Sunday 01-26', () => {
    // Fri 01-24 → Sun 01-26 (make-up, 1), Mon 01-27 (2), 春节 01-28..02-04, Wed 02-05 (3) …
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(addWorkingDays('2025-01-24', 2)).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    expect(addWorkingDays('2025-01-24', 5)).toBe('2025-02-07');
  });

  it('民法典 第二百零一条: a make-up Saturday (2025-02-08) is counted as a working day', () => {
    expect(addWorkingDays('2025-01-24', 6)).toBe('2025-02-08');
    expect(addWorkingDays('2025-01-24', 7)).toBe('2025-02-10'); // Sun 02-09 is off
    expect(addWorkingDays('2025-02-07', 1)).toBe('2025-02-08');
  });

  it('民法典 第二百零一条: a working-day period spanning 2026 春节 (02-15..02-23; make-up 02-14 and 02-28)', () => {
    // Thu 02-12 → Fri 02-13 (1), Sat 02-14 make-up (2), 春节, Tue 02-24 (3) … Fri 02-27 (6), Sat 02-28 make-up (7), Mon 03-02 (8)
    expect(addWorkingDays('2026-02-12', 2)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-12', 7)).toBe('2026-02-28');
    expect(addWorkingDays('2026-02-12', 8)).toBe('2026-03-02');
  });

  it('民法典 第二百零一条: a working-day period spanning 2025 国庆/中秋 (make-up 09-28 Sunday and 10-11 Saturday)', () => {
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 3)).toBe('2025-09-30');
    expect(addWorkingDays('2025-09-26', 4)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-26', 6)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-26', 7)).toBe('2025-10-13');
  });

  it('民法典 第二百零一条: a working-day period spanning 2026 劳动节 (05-01..05-05; make-up 05-09 Saturday)', () => {
    expect(addWorkingDays('2026-04-30', 1)).toBe('2026-05-06');
    expect(addWorkingDays('2026-05-08', 1)).toBe('2026-05-09');
    expect(addWorkingDays('2026-04-30', 5)).toBe('2026-05-11'); // 05-06,07,08,09(Sat),11
  });
});

describe('addNaturalDays: 日 periods (民法典 第二百零一条 / 第二百零三条)', () => {
  it('民法典 第二百零一条: the period ends start + n days', () => {
    expect(addNaturalDays('2026-03-02', 3)).toBe('2026-03-05');
    expect(addNaturalDays('2026-03-31', 1)).toBe('2026-04-01');
  });

  it('民法典 第二百零三条: a natural-day period ending on a Saturday moves to Monday', () => {
    expect(addNaturalDays('2026-03-04', 10)).toBe('2026-03-16'); // 03-14 is a Saturday
    expect(addNaturalDays('2026-03-05', 10)).toBe('2026-03-16'); // 03-15 is a Sunday
  });

  it('民法典 第二百零三条: a natural-day period ending on 国庆 moves to the next working day', () => {
    expect(addNaturalDays('2025-09-21', 10)).toBe('2025-10-09'); // 10-01..10-08 off
    expect(addNaturalDays('2026-09-21', 10)).toBe('2026-10-08'); // 10-01..10-07 off
  });

  it('民法典 第二百零三条: a natural-day period ending on 2026 春节 moves to 02-24', () => {
    expect(addNaturalDays('2026-02-05', 10)).toBe('2026-02-24');
  });

  it('民法典 第二百零三条: a period ending on a make-up Saturday (2025-10-11) does not move', () => {
    expect(addNaturalDays('2025-10-01', 10)).toBe('2025-10-11');
  });

  it('extendToWorkingDay: false returns the plain calendar date', () => {
    expect(addNaturalDays('2026-03-04', 10, { extendToWorkingDay: false })).toBe('2026-03-14');
    expect(addNaturalDays('2025-09-21', 10, { extendToWorkingDay: false })).toBe('2025-10-01');
  });
});

describe('addNaturalMonths: 个月 periods (民法典 第二百零二条 / 第二百零三条)', () => {
  it('民法典 第二百零二条: the corresponding day of the final month', () => {
    expect(addNaturalMonths('2026-03-10', 1)).toBe('2026-04-10');
    expect(addNaturalMonths('2026-10-31', 2)).toBe('2026-12-31');
    expect(addNaturalMonths('2025-11-20', 3, { extendToWorkingDay: false })).toBe('2026-02-20');
  });

  it('民法典 第二百零二条: 11-30 + 3 months is clamped to the end of February (28 or 29 days)', () => {
    expect(addNaturalMonths('2026-11-30', 3, { extendToWorkingDay: false })).toBe('2027-02-28');
    expect(addNaturalMonths('2027-11-30', 3, { extendToWorkingDay: false })).toBe('2028-02-29'); // leap year
    expect(addNaturalMonths('2025-11-30', 3, { extendToWorkingDay: false })).toBe('2026-02-28');
  });

  it('民法典 第二百零二条: 08-31 + 6 months is clamped to the end of February', () => {
    expect(addNaturalMonths('2023-08-31', 6)).toBe('2024-02-29'); // leap year, a Thursday
    expect(addNaturalMonths('2026-08-31', 6, { extendToWorkingDay: false })).toBe('2027-02-28');
    // 2026-02-28 is a Saturday but a 春节 make-up working day: no extension.
    expect(addNaturalMonths('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('民法典 第二百零二条: clamping in 30-day months and across the year end', () => {
    expect(addNaturalMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addNaturalMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addNaturalMonths('2025-12-31', 2)).toBe('2026-02-28');
  });

  it('民法典 第二百零三条: a month period ending in 2026 春节 moves to the next working day', () => {
    expect(addNaturalMonths('2026-01-15', 1)).toBe('2026-02-24');
    expect(addNaturalMonths('2026-01-15', 1, { extendToWorkingDay: false })).toBe('2026-02-15');
  });

  it('民法典 第二百零三条: a month period ending on a Sunday moves to Monday; a duration does not', () => {
    expect(addNaturalMonths('2025-03-15', 12)).toBe('2026-03-16');
    expect(addNaturalMonths('2025-03-15', 12, { extendToWorkingDay: false })).toBe('2026-03-15');
  });
});

describe('computeDeadline (design "Statutory time")', () => {
  it('民法典 第二百零一条: a working-day deadline fully inside 2026 is not provisional', () => {
    expect(computeDeadline({ start: '2026-02-12', amount: 3, unit: 'WORKING_DAYS' })).toEqual({
      start: '2026-02-12',
      amount: 3,
      unit: 'WORKING_DAYS',
      due: '2026-02-24',
      provisional: false,
      calendar: [{ year: 2026, source: 'PACKAGE', notice: null }],
    });
  });

  it('a deadline ending exactly on the last covered day (2026-12-31) is not provisional', () => {
    // 2026-10: 18 working days (22 weekdays − 5 国庆 weekdays + make-up 10-10); 11: 21; 12: 23 → 62.
    expect(computeDeadline({ start: '2026-09-30', amount: 62, unit: 'WORKING_DAYS' })).toMatchObject({
      due: '2026-12-31',
      provisional: false,
    });
    expect(computeDeadline({ start: '2026-12-26', amount: 5, unit: 'NATURAL_DAYS' })).toMatchObject({
      due: '2026-12-31',
      provisional: false,
    });
  });

  it('a deadline past 2026 is provisional and computed on weekends alone', () => {
    // 2027 春节 (正月初一 2027-02-06) is not in the data: Feb 2027 is counted Mon–Fri.
    expect(computeDeadline({ start: '2027-02-01', amount: 10, unit: 'WORKING_DAYS' })).toEqual({
      start: '2027-02-01',
      amount: 10,
      unit: 'WORKING_DAYS',
      due: '2027-02-15',
      provisional: true,
      calendar: [{ year: 2027, source: 'WEEKENDS_ONLY', notice: null }],
    });
    // Sat 2027-03-06 → Mon 03-08 (民法典 第二百零三条, weekends alone).
    expect(computeDeadline({ start: '2027-03-01', amount: 5, unit: 'NATURAL_DAYS' })).toMatchObject({
      due: '2027-03-08',
      provisional: true,
    });
  });

  it('a deadline crossing into 2027 is provisional; known 2026 holidays still count', () => {
    // 2026-12-28..31 (4), then Fri 2027-01-01 on weekends alone (元旦 2027 not yet published).
    expect(computeDeadline({ start: '2026-12-25', amount: 5, unit: 'WORKING_DAYS' })).toMatchObject({
      due: '2027-01-01',
      provisional: true,
    });
    // 62 working days to 2026-12-31 honour 2026 国庆, then 2027-01-01, 04, 05, 06.
    expect(computeDeadline({ start: '2026-09-30', amount: 66, unit: 'WORKING_DAYS' })).toMatchObject({
      due: '2027-01-06',
      provisional: true,
    });
    // The last day itself lies in 2027.
    expect(computeDeadline({ start: '2026-12-27', amount: 5, unit: 'NATURAL_DAYS' })).toMatchObject({
      due: '2027-01-01',
      provisional: true,
    });
  });

  it('民法典 第二百零二条: a month deadline 2026-11-30 + 3 ends 2027-02-28 (Sunday) → provisional 2027-03-01', () => {
    expect(computeDeadline({ start: '2026-11-30', amount: 3, unit: 'NATURAL_MONTHS' })).toMatchObject({
      due: '2027-03-01',
      provisional: true,
    });
  });

  it('a duration (extendToWorkingDay: false) consults no holiday data, so it is never provisional', () => {
    expect(
      computeDeadline({ start: '2026-11-30', amount: 3, unit: 'NATURAL_MONTHS', extendToWorkingDay: false }),
    ).toEqual({ start: '2026-11-30', amount: 3, unit: 'NATURAL_MONTHS', due: '2027-02-28', provisional: false, calendar: [] });
  });

  it('matches the add* functions for every unit', () => {
    expect(computeDeadline({ start: '2025-01-24', amount: 6, unit: 'WORKING_DAYS' }).due).toBe(
      addWorkingDays('2025-01-24', 6),
    );
    expect(computeDeadline({ start: '2025-09-21', amount: 10, unit: 'NATURAL_DAYS' }).due).toBe('2025-10-09');
    expect(
      computeDeadline({ start: '2025-09-21', amount: 10, unit: 'NATURAL_DAYS', extendToWorkingDay: false }).due,
    ).toBe('2025-10-01');
    expect(computeDeadline({ start: '2026-01-15', amount: 1, unit: 'NATURAL_MONTHS' }).due).toBe('2026-02-24');
  });

  it('WORKING_DAYS ignores extendToWorkingDay (the n-th working day is a working day)', () => {
    expect(
      computeDeadline({ start: '2026-02-12', amount: 3, unit: 'WORKING_DAYS', extendToWorkingDay: false }).due,
    ).toBe('2026-02-24');
  });
});

describe('invalid inputs throw RangeError', () => {
  const badDates: unknown[] = [
    '2026-2-1',
    '2026/02/01',
    '2026-02-30',
    '2025-02-29', // not a leap year
    '2100-02-29', // not a leap year
    '2026-13-01',
    '2026-00-10',
    '',
    ' 2026-02-01',
    '2026-02-01T00:00:00Z',
    20260201,
    null,
    undefined,
  ];

  it.each(badDates)('malformed date %p', (bad) => {
    const d = bad as LocalDate;
    expect(() => addWorkingDays(d, 1)).toThrow(RangeError);
    expect(() => addNaturalDays(d, 1)).toThrow(RangeError);
    expect(() => addNaturalMonths(d, 1)).toThrow(RangeError);
    expect(() => computeDeadline({ start: d, amount: 1, unit: 'NATURAL_DAYS' })).toThrow(RangeError);
    expect(() => isWorkingDay(d)).toThrow(RangeError);
    expect(() => isCovered(d)).toThrow(RangeError);
    expect(() => addDays(d, 1)).toThrow(RangeError);
    expect(isLocalDate(bad)).toBe(false);
  });

  it('the message names the field and the value', () => {
    expect(() => computeDeadline({ start: '2026-2-1', amount: 1, unit: 'WORKING_DAYS' })).toThrow(
      'start must be a date string YYYY-MM-DD, got "2026-2-1"',
    );
    expect(() => addNaturalDays('2026-02-30', 1)).toThrow('start is not a valid calendar date: "2026-02-30"');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3' as unknown as number])(
    'negative or non-integer amount %p',
    (amount) => {
      for (const unit of ['WORKING_DAYS', 'NATURAL_DAYS', 'NATURAL_MONTHS'] as PeriodUnit[]) {
        expect(() => computeDeadline({ start: '2026-03-02', amount, unit })).toThrow(RangeError);
        expect(() => computeDeadline({ start: '2026-03-02', amount, unit })).toThrow(
          /amount must be a non-negative integer/,
        );
      }
      expect(() => addWorkingDays('2026-03-02', amount)).toThrow(RangeError);
      expect(() => addNaturalDays('2026-03-02', amount)).toThrow(RangeError);
      expect(() => addNaturalMonths('2026-03-02', amount)).toThrow(RangeError);
    },
  );

  it('unknown unit', () => {
    expect(() =>
      computeDeadline({ start: '2026-03-02', amount: 1, unit: 'YEARS' as PeriodUnit }),
    ).toThrow(/unit must be one of WORKING_DAYS, NATURAL_DAYS, NATURAL_MONTHS/);
  });

  it('non-boolean extendToWorkingDay', () => {
    expect(() =>
      addNaturalDays('2026-03-02', 1, { extendToWorkingDay: 'no' as unknown as boolean }),
    ).toThrow(RangeError);
  });

  it('zero is a valid amount', () => {
    expect(addNaturalDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(addNaturalMonths('2026-03-02', 0)).toBe('2026-03-02');
    expect(addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
  });
});

describe('LocalDate helpers (UTC-based date math)', () => {
  it('addDays across month, year and leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-01', 0)).toBe('2026-03-01');
    expect(() => addDays('2026-03-01', 0.5)).toThrow(RangeError);
  });

  it('daysBetween is signed and unaffected by DST transitions in other zones', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-02-01', '2026-01-31')).toBe(-1);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // US DST starts 03-08
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2); // EU DST ends 10-25
  });

  it('compareDates / isBefore / isAfter', () => {
    expect(compareDates('2026-01-31', '2026-02-01')).toBe(-1);
    expect(compareDates('2026-02-01', '2026-02-01')).toBe(0);
    expect(compareDates('2026-02-01', '2026-01-31')).toBe(1);
    expect(isBefore('2025-12-31', '2026-01-01')).toBe(true);
    expect(isBefore('2026-01-01', '2026-01-01')).toBe(false);
    expect(isAfter('2026-01-01', '2025-12-31')).toBe(true);
    expect(isAfter('2026-01-01', '2026-01-01')).toBe(false);
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-03-01',
    ]);
  });

  it('dayOfWeek', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-02-14')).toBe(SAT);
    expect(dayOfWeek('2025-01-26')).toBe(SUN);
    expect(dayOfWeek('2027-02-28')).toBe(SUN);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });
});
