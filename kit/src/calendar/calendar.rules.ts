/**
 * Statutory calendar — design doc, section "Statutory time".
 *
 * Every legal period on the platform (受理、审查、听证告知、送达、暂扣期限 …) is computed
 * here, and only here. Three rules from 《中华人民共和国民法典》 apply:
 *
 *  - 第二百零一条: 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。
 *  - 第二百零二条: 按照年、月计算期间的，到期月的对应日为期间的最后一日；
 *                  没有对应日的，月末日为期间的最后一日。
 *  - 第二百零三条: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。
 *
 * Dates are calendar dates in China (Asia/Shanghai, UTC+8) written as ISO strings
 * `YYYY-MM-DD` (`LocalDate`). All arithmetic is done on the string's year/month/day
 * with UTC-based date math, so the host's time zone and DST never matter. Converting
 * instants to/from `LocalDate` lives in `clock.ts`.
 *
 * Nothing in this file reads the current time: callers pass dates (or a `Clock`,
 * see `clock.ts`).
 *
 * The official working-day calendar (statutory holidays and 调休 make-up working days)
 * comes from the data shipped in `chinese-days` (see "Official calendar" below for why
 * its JSON rather than its functions). That data only reaches a fixed range of years
 * (`calendarCoverage()`); outside it the package silently answers as if every week were
 * ordinary. Any computation that has to look at a date outside the covered range is
 * therefore done on weekends alone (Sat/Sun off, Mon–Fri working) for those dates and is
 * reported as `provisional: true` ("Statutory time": provisional deadlines).
 */
import { createRequire } from 'node:module';

/** A calendar date in China (Asia/Shanghai), ISO `YYYY-MM-DD`. */
export type LocalDate = string;

/** How a period's amount is counted ("Statutory time": periods are tagged with their unit). */
export type PeriodUnit = 'WORKING_DAYS' | 'NATURAL_DAYS' | 'NATURAL_MONTHS';

export const PERIOD_UNITS: readonly PeriodUnit[] = Object.freeze([
  'WORKING_DAYS',
  'NATURAL_DAYS',
  'NATURAL_MONTHS',
] as const);

export interface PeriodOptions {
  /**
   * 民法典 第二百零三条: when the period's last day is not a working day (weekend or
   * statutory holiday), the period ends on the next working day.
   * Default `true` (deadlines). Pass `false` for durations whose end is the plain
   * calendar date, e.g. the end of a certificate suspension (暂扣许可证件).
   */
  extendToWorkingDay?: boolean;
}

export interface DeadlineInput extends PeriodOptions {
  start: LocalDate;
  amount: number;
  unit: PeriodUnit;
}

export interface Deadline {
  start: LocalDate;
  amount: number;
  unit: PeriodUnit;
  /** Last day of the period (inclusive; the day ends at 24:00 China time, 民法典 第二百零三条 第二款). */
  due: LocalDate;
  /**
   * `true` when the computation had to look at a date outside `calendarCoverage()`;
   * those dates were treated on weekends alone, so `due` may move once the State Council
   * publishes that year's holiday arrangement.
   */
  provisional: boolean;
}

// ---------------------------------------------------------------------------
// LocalDate primitives (UTC-based date math on the YYYY-MM-DD string)
// ---------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

interface Ymd {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in `month` (1..12) of `year` (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  const n = DAYS_IN_MONTH[month - 1];
  if (n === undefined) throw new RangeError(`month must be 1..12, got ${month}`);
  return n;
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : `${String(value)} (${typeof value})`;
}

function parseYmd(value: unknown, label: string): Ymd {
  if (typeof value !== 'string') {
    throw new RangeError(`${label} must be a date string YYYY-MM-DD, got ${show(value)}`);
  }
  const m = LOCAL_DATE_RE.exec(value);
  if (!m) {
    throw new RangeError(`${label} must be a date string YYYY-MM-DD, got ${show(value)}`);
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${label} is not a valid calendar date: ${show(value)}`);
  }
  return { year, month, day };
}

function formatYmd(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (UTC-based, no time zone involved). */
function epochDayOf(ymd: Ymd): number {
  const t = new Date(0);
  // setUTCFullYear, unlike Date.UTC, has no special case for years 0..99.
  t.setUTCFullYear(ymd.year, ymd.month - 1, ymd.day);
  return Math.round(t.getTime() / MS_PER_DAY);
}

function fromEpochDay(epochDay: number): LocalDate {
  const t = new Date(epochDay * MS_PER_DAY);
  const year = t.getUTCFullYear();
  if (!Number.isFinite(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`date arithmetic left the supported range 0001-01-01..9999-12-31`);
  }
  return formatYmd(year, t.getUTCMonth() + 1, t.getUTCDate());
}

function assertInteger(value: unknown, label: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RangeError(`${label} must be an integer, got ${show(value)}`);
  }
}

function assertAmount(value: unknown, label = 'amount'): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${label} must be a non-negative integer, got ${show(value)}`);
  }
}

/** `true` when `value` is a valid `YYYY-MM-DD` calendar date. */
export function isLocalDate(value: unknown): value is LocalDate {
  try {
    parseYmd(value, 'date');
    return true;
  } catch {
    return false;
  }
}

/** Throws a `RangeError` unless `value` is a valid `YYYY-MM-DD` calendar date. */
export function assertLocalDate(value: unknown, label = 'date'): asserts value is LocalDate {
  parseYmd(value, label);
}

/** `d` plus `n` calendar days (`n` may be negative). */
export function addDays(d: LocalDate, n: number): LocalDate {
  const ymd = parseYmd(d, 'date');
  assertInteger(n, 'days');
  return fromEpochDay(epochDayOf(ymd) + n);
}

/** Signed number of calendar days from `a` to `b` (`daysBetween('2026-01-01', '2026-01-02') === 1`). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return epochDayOf(parseYmd(b, 'second date')) - epochDayOf(parseYmd(a, 'first date'));
}

/** -1, 0 or 1, for sorting. */
export function compareDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  const diff = daysBetween(b, a);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

export function isBefore(a: LocalDate, b: LocalDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: LocalDate, b: LocalDate): boolean {
  return compareDates(a, b) > 0;
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((epochDayOf(parseYmd(d, 'date')) + 4) % 7) + 7) % 7;
}

export function isWeekend(d: LocalDate): boolean {
  const w = dayOfWeek(d);
  return w === 0 || w === 6;
}

// ---------------------------------------------------------------------------
// Official calendar (chinese-days) and its coverage
// ---------------------------------------------------------------------------

/**
 * The holiday arrangement is read from the data file chinese-days ships
 * (`dist/chinese-days.json`, documented in its README): `{ holidays, workdays, inLieuDays }`,
 * each mapping `YYYY-MM-DD` to e.g. "Spring Festival,春节,4". `holidays` are the days off
 * (法定节假日 incl. the weekend days folded into them), `workdays` the 调休 make-up working
 * days. It is exactly the table behind the package's `isWorkday` / `getDayDetail`.
 *
 * We do not call those functions: chinese-days@1.5.7 builds its tables by parsing
 * `YYYY-M-D` as UTC midnight and formatting with local getters, so in any host time zone
 * west of UTC every holiday is shifted one day earlier (in America/New_York it reports
 * 2026-02-14 — a make-up Saturday — as 春节). The JSON is time-zone independent.
 */
interface HolidayData {
  holidays: Readonly<Record<string, string>>;
  workdays: Readonly<Record<string, string>>;
  inLieuDays: Readonly<Record<string, string>>;
}

interface OfficialCalendar {
  /** Days off that are not ordinary weekends alone: 法定节假日 (and weekend days within them). */
  daysOff: ReadonlySet<LocalDate>;
  /** 调休 make-up working days (weekend days that are working days). */
  makeUpDays: ReadonlySet<LocalDate>;
  /** Years that have an arrangement in the data. */
  years: ReadonlySet<number>;
  fromYear: number;
  toYear: number;
}

const CHINESE_DAYS_DATA = 'chinese-days/dist/chinese-days.json';

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.entries(value).every(([k, v]) => isLocalDate(k) && typeof v === 'string')
  );
}

function loadOfficialCalendar(): OfficialCalendar {
  const raw: unknown = createRequire(import.meta.url)(CHINESE_DAYS_DATA);
  const data = raw as Partial<HolidayData> | null;
  if (
    data === null ||
    typeof data !== 'object' ||
    !isStringRecord(data.holidays) ||
    !isStringRecord(data.workdays) ||
    !isStringRecord(data.inLieuDays)
  ) {
    throw new Error(`${CHINESE_DAYS_DATA} does not have the expected { holidays, workdays, inLieuDays } shape`);
  }
  const daysOff = new Set(Object.keys(data.holidays));
  const makeUpDays = new Set(Object.keys(data.workdays));
  const years = new Set([...daysOff, ...makeUpDays].map((d) => Number(d.slice(0, 4))));
  if (years.size === 0) throw new Error(`${CHINESE_DAYS_DATA} contains no holiday arrangement`);
  for (const d of makeUpDays) {
    if (daysOff.has(d)) throw new Error(`${CHINESE_DAYS_DATA}: ${d} is both a holiday and a make-up working day`);
  }
  return {
    daysOff,
    makeUpDays,
    years,
    fromYear: Math.min(...years),
    toYear: Math.max(...years),
  };
}

let officialCache: OfficialCalendar | undefined;

function official(): OfficialCalendar {
  officialCache ??= loadOfficialCalendar();
  return officialCache;
}

/**
 * The range of dates for which the official holiday arrangement is known — whole years,
 * detected from chinese-days' data (2004-01-01..2026-12-31 for chinese-days@1.5.7).
 */
export function calendarCoverage(): { from: LocalDate; to: LocalDate } {
  const { fromYear, toYear } = official();
  return { from: formatYmd(fromYear, 1, 1), to: formatYmd(toYear, 12, 31) };
}

/** `true` when the State Council's holiday arrangement for `d`'s year is in the data. */
export function isCovered(d: LocalDate): boolean {
  return official().years.has(parseYmd(d, 'date').year);
}

/** Tracks whether a computation looked at any date outside the covered range. */
interface Probe {
  provisional: boolean;
}

function workingDay(d: LocalDate, probe: Probe): boolean {
  if (!isCovered(d)) {
    probe.provisional = true;
    return !isWeekend(d); // weekends alone
  }
  const cal = official();
  if (cal.makeUpDays.has(d)) return true;
  if (cal.daysOff.has(d)) return false;
  return !isWeekend(d);
}

/**
 * Official working day (工作日): Mon–Fri unless a statutory holiday (法定节假日); a
 * Saturday or Sunday that is a 调休 make-up working day IS a working day.
 * Outside `calendarCoverage()` the answer is on weekends alone (Mon–Fri working) — see
 * `isCovered`.
 */
export function isWorkingDay(d: LocalDate): boolean {
  return workingDay(d, { provisional: false });
}

/**
 * 民法典 第二百零三条: if `d` is not a working day, the first working day after it;
 * otherwise `d` itself.
 */
function rollToWorkingDay(d: LocalDate, probe: Probe): LocalDate {
  let cur = d;
  while (!workingDay(cur, probe)) cur = addDays(cur, 1);
  return cur;
}

// ---------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------

interface Due {
  due: LocalDate;
  provisional: boolean;
}

function workingDaysDue(start: LocalDate, n: number): Due {
  assertLocalDate(start, 'start');
  assertAmount(n);
  const probe: Probe = { provisional: false };
  let cur = start;
  let remaining = n;
  // 民法典 第二百零一条: the start day is not counted; counting begins the next day.
  while (remaining > 0) {
    cur = addDays(cur, 1);
    if (workingDay(cur, probe)) remaining--;
  }
  return { due: cur, provisional: probe.provisional };
}

function naturalDaysDue(start: LocalDate, n: number, opts: PeriodOptions): Due {
  assertLocalDate(start, 'start');
  assertAmount(n);
  const extend = extendOption(opts);
  // 民法典 第二百零一条: start day not counted, so the n-th day is start + n.
  const last = addDays(start, n);
  if (!extend) return { due: last, provisional: false };
  const probe: Probe = { provisional: false };
  // 民法典 第二百零三条
  return { due: rollToWorkingDay(last, probe), provisional: probe.provisional };
}

function naturalMonthsDue(start: LocalDate, n: number, opts: PeriodOptions): Due {
  const { year, month, day } = parseYmd(start, 'start');
  assertAmount(n);
  const extend = extendOption(opts);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  if (y > MAX_YEAR) {
    throw new RangeError(`date arithmetic left the supported range 0001-01-01..9999-12-31`);
  }
  // 民法典 第二百零二条: the corresponding day of the final month; if that month has no
  // such day, its last day.
  const last = formatYmd(y, m, Math.min(day, daysInMonth(y, m)));
  if (!extend) return { due: last, provisional: false };
  const probe: Probe = { provisional: false };
  // 民法典 第二百零三条
  return { due: rollToWorkingDay(last, probe), provisional: probe.provisional };
}

function extendOption(opts: PeriodOptions | undefined): boolean {
  const v = opts?.extendToWorkingDay;
  if (v === undefined) return true;
  if (typeof v !== 'boolean') {
    throw new RangeError(`extendToWorkingDay must be a boolean, got ${show(v)}`);
  }
  return v;
}

/**
 * Working-day period (…个工作日). 民法典 第二百零一条: the start day is not counted;
 * the result is the n-th working day (`isWorkingDay`) after `start`. `n = 0` gives `start`.
 * Use `computeDeadline` to learn whether the result is provisional.
 */
export function addWorkingDays(start: LocalDate, n: number): LocalDate {
  return workingDaysDue(start, n).due;
}

/**
 * Natural-day period (…日). 民法典 第二百零一条: start + n days; 民法典 第二百零三条:
 * if that last day is not a working day (weekend or statutory holiday) the period ends on
 * the next working day (unless `extendToWorkingDay: false`).
 */
export function addNaturalDays(start: LocalDate, n: number, opts: PeriodOptions = {}): LocalDate {
  return naturalDaysDue(start, n, opts).due;
}

/**
 * Natural-month period (…个月). 民法典 第二百零二条: the same day-of-month n months
 * later, or the last day of that month when it is shorter (11-30 + 3 months → 02-28/29);
 * 民法典 第二百零三条: moved to the next working day unless `extendToWorkingDay: false`
 * (durations such as a certificate suspension end on the plain calendar date).
 */
export function addNaturalMonths(start: LocalDate, n: number, opts: PeriodOptions = {}): LocalDate {
  return naturalMonthsDue(start, n, opts).due;
}

/**
 * Single entry point for statutory periods (design doc, "Statutory time").
 * `extendToWorkingDay` (default `true`) applies to NATURAL_DAYS and NATURAL_MONTHS; a
 * WORKING_DAYS period always ends on a working day (for `amount >= 1`) and ignores it.
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  if (typeof input !== 'object' || input === null) {
    throw new RangeError(`computeDeadline expects { start, amount, unit }, got ${show(input)}`);
  }
  const { start, amount, unit } = input;
  let result: Due;
  switch (unit) {
    case 'WORKING_DAYS':
      extendOption(input); // validate only
      result = workingDaysDue(start, amount);
      break;
    case 'NATURAL_DAYS':
      result = naturalDaysDue(start, amount, input);
      break;
    case 'NATURAL_MONTHS':
      result = naturalMonthsDue(start, amount, input);
      break;
    default:
      throw new RangeError(
        `unit must be one of ${PERIOD_UNITS.join(', ')}, got ${show(unit as unknown)}`,
      );
  }
  return { start, amount, unit, due: result.due, provisional: result.provisional };
}
