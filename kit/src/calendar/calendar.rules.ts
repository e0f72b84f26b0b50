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
 *
 * A system administrator may enter a year's arrangement from the 国务院办公厅 notice before the package has
 * it ("Entered schedules" below); such a year is covered and its deadlines are final. Every computation
 * takes the calendar explicitly (`calendarWith`) or uses the process-wide one (`installEnteredYears`).
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
  /**
   * The years whose working days the computation read and which source answered for each (package,
   * entered schedule with its notice, or weekends alone) — so a stored deadline can cite what made it final.
   */
  calendar: YearBasis[];
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
/** Package data put in place of chinese-days' by `usePackageCalendar` (tests: "a newer package"), with its label. */
let packageOverride: { label: string; calendar: OfficialCalendar } | null = null;

function official(): OfficialCalendar {
  if (packageOverride) return packageOverride.calendar;
  officialCache ??= loadOfficialCalendar();
  return officialCache;
}

/** A package's data as `usePackageCalendar` takes it: its name and version, and the arrangement of each year it has. */
export interface PackageCalendar {
  label: string;
  years: readonly YearSchedule[];
}

/**
 * Puts `data` in place of the installed chinese-days package (null: back to the package), process-wide — how
 * a test stands for a newer package release that covers more years (DESIGN "Statutory time": provisional
 * deadlines are recomputed when a newer calendar is installed) without upgrading the dependency.
 */
export function usePackageCalendar(data: PackageCalendar | null): void {
  if (!data) {
    packageOverride = null;
    return;
  }
  if (!data.label.trim()) throw new RangeError('a package calendar needs a label (name and version)');
  if (!data.years.length) throw new RangeError('a package calendar needs at least one year');
  const daysOff = new Set<LocalDate>();
  const makeUpDays = new Set<LocalDate>();
  for (const y of data.years) {
    const e = buildEntered({ ...y, notice: data.label });
    for (const d of e.daysOff) daysOff.add(d);
    for (const d of e.makeUpDays) makeUpDays.add(d);
  }
  const years = new Set(data.years.map((y) => y.year));
  packageOverride = {
    label: data.label.trim(),
    calendar: { daysOff, makeUpDays, years, fromYear: Math.min(...years), toYear: Math.max(...years) },
  };
}

/** The years the package in use has an arrangement for, ascending (chinese-days 1.5.7: 2004 … 2026). */
export function packageYears(): number[] {
  return [...official().years].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------
// Entered schedules: a year's arrangement entered from the 国务院办公厅 notice
// ---------------------------------------------------------------------------

/** Name and version of the package whose data is the default calendar, e.g. `chinese-days 1.5.7`. */
export function packageLabel(): string {
  if (packageOverride) return packageOverride.label;
  packageLabelCache ??= (() => {
    const pkg = createRequire(import.meta.url)('chinese-days/package.json') as { name?: string; version?: string };
    return `${pkg.name ?? 'chinese-days'} ${pkg.version ?? ''}`.trim();
  })();
  return packageLabelCache;
}
let packageLabelCache: string | undefined;

/** One year's holiday arrangement: the days off (法定节假日, weekend days within them allowed) and the 调休 make-up working days. */
export interface YearSchedule {
  year: number;
  daysOff: readonly LocalDate[];
  makeUpDays: readonly LocalDate[];
}

/**
 * A year's arrangement entered by a system administrator from the State Council's notice (DESIGN "Statutory
 * time": the package may lag the notice). `notice` cites it, e.g. `国办发明电〔2026〕N号`.
 */
export interface EnteredYear extends YearSchedule {
  notice: string;
  enteredBy?: string | null;
  enteredAt?: Date | string | null;
}

/** Where a year's working days came from in a computation. */
export type CalendarSourceKind = 'PACKAGE' | 'ENTERED' | 'WEEKENDS_ONLY';

/** Which source answered for one year a computation looked at; `notice` for an entered year. */
export interface YearBasis {
  year: number;
  source: CalendarSourceKind;
  notice: string | null;
}

interface EnteredData {
  daysOff: ReadonlySet<LocalDate>;
  makeUpDays: ReadonlySet<LocalDate>;
  entry: EnteredYear;
}

/**
 * The calendar a computation uses: the package's data plus the entered years. Immutable; build one with
 * `calendarWith` (pure, for a computation inside a transaction that has not committed yet) or install one
 * process-wide with `installEnteredYears` (what `computeDeadline` uses by default).
 *
 * Precedence (issue 7 item 9: "the package stays the default for the years it covers"): a year the package
 * has is answered from the package even when an entered schedule exists for it (disagreements are reported
 * by `compareSchedules`); an entered year the package lacks is answered from the entry and is final.
 */
export interface CalendarSource {
  readonly entered: ReadonlyMap<number, EnteredData>;
}

function buildEntered(entry: EnteredYear): EnteredData {
  assertInteger(entry.year, 'year');
  for (const d of [...entry.daysOff, ...entry.makeUpDays]) {
    if (parseYmd(d, 'date').year !== entry.year) throw new RangeError(`${d} is not in ${entry.year}`);
  }
  const daysOff = new Set(entry.daysOff);
  const makeUpDays = new Set(entry.makeUpDays);
  for (const d of makeUpDays) if (daysOff.has(d)) throw new RangeError(`${d} is both a day off and a make-up working day`);
  return { daysOff, makeUpDays, entry };
}

/** A calendar of the package plus `entered` (later entries for the same year replace earlier ones). */
export function calendarWith(entered: readonly EnteredYear[], base?: CalendarSource): CalendarSource {
  const map = new Map(base?.entered ?? []);
  for (const e of entered) map.set(e.year, buildEntered(e));
  return { entered: map };
}

const PACKAGE_ONLY: CalendarSource = { entered: new Map() };
let installed: CalendarSource = PACKAGE_ONLY;

/** The process-wide calendar `computeDeadline` and friends use when none is passed. */
export function currentCalendar(): CalendarSource {
  return installed;
}

/** Replaces the process-wide entered years (a subgraph loads them at start and after a change). */
export function installEnteredYears(entered: readonly EnteredYear[]): CalendarSource {
  installed = calendarWith(entered);
  return installed;
}

/**
 * Adds or replaces one entered year in the process-wide calendar. The handler of the
 * `calendar.year-entered` event (personnel publishes it when a year is entered) calls this in the
 * subgraphs that compute deadlines but do not own the schedules (cases, supervision).
 */
export function applyEnteredYear(entry: EnteredYear): CalendarSource {
  installed = calendarWith([entry], installed);
  return installed;
}

/** Back to the package alone (tests). */
export function resetCalendar(): void {
  installed = PACKAGE_ONLY;
}

/** The package's arrangement for `year`, or null when the package does not have that year. */
export function packageSchedule(year: number): YearSchedule | null {
  const cal = official();
  if (!cal.years.has(year)) return null;
  const inYear = (d: string) => Number(d.slice(0, 4)) === year;
  return { year, daysOff: [...cal.daysOff].filter(inYear).sort(), makeUpDays: [...cal.makeUpDays].filter(inYear).sort() };
}

/** Which source answers for `year`: the package if it has the year, else an entered schedule, else weekends alone. */
export function yearBasis(year: number, calendar: CalendarSource = installed): YearBasis {
  if (official().years.has(year)) return { year, source: 'PACKAGE', notice: null };
  const e = calendar.entered.get(year);
  if (e) return { year, source: 'ENTERED', notice: e.entry.notice };
  return { year, source: 'WEEKENDS_ONLY', notice: null };
}

/** What a day is under one schedule. */
export type DayKind = 'WORKING_DAY' | 'DAY_OFF';

/** A date on which an entered schedule and the package disagree. */
export interface ScheduleDisagreement {
  date: LocalDate;
  entered: DayKind;
  package: DayKind;
}

function kindIn(d: LocalDate, s: { daysOff: ReadonlySet<string>; makeUpDays: ReadonlySet<string> }): DayKind {
  if (s.makeUpDays.has(d)) return 'WORKING_DAY';
  if (s.daysOff.has(d)) return 'DAY_OFF';
  return isWeekend(d) ? 'DAY_OFF' : 'WORKING_DAY';
}

/**
 * The dates of a year on which two schedules make a different working day (工作日) — what a deadline
 * depends on. A weekend day listed as a day off in one and left out in the other is no disagreement.
 */
export function compareSchedules(entered: YearSchedule, pkg: YearSchedule): ScheduleDisagreement[] {
  const a = { daysOff: new Set(entered.daysOff), makeUpDays: new Set(entered.makeUpDays) };
  const b = { daysOff: new Set(pkg.daysOff), makeUpDays: new Set(pkg.makeUpDays) };
  const out: ScheduleDisagreement[] = [];
  const candidates = new Set([...a.daysOff, ...a.makeUpDays, ...b.daysOff, ...b.makeUpDays]);
  for (const date of [...candidates].sort()) {
    const e = kindIn(date, a);
    const p = kindIn(date, b);
    if (e !== p) out.push({ date, entered: e, package: p });
  }
  return out;
}

/**
 * The range of dates for which the official holiday arrangement is known — whole years, from the
 * package's first year to the last year of the unbroken run that the package and the entered schedules
 * cover (2004-01-01..2026-12-31 for chinese-days@1.5.7 alone; ..2027-12-31 once 2027 is entered).
 */
export function calendarCoverage(calendar: CalendarSource = installed): { from: LocalDate; to: LocalDate } {
  const { fromYear, toYear } = official();
  let last = toYear;
  while (calendar.entered.has(last + 1)) last++;
  return { from: formatYmd(fromYear, 1, 1), to: formatYmd(last, 12, 31) };
}

/** `true` when the arrangement for `d`'s year is known: in the package's data or entered from the notice. */
export function isCovered(d: LocalDate, calendar: CalendarSource = installed): boolean {
  const year = parseYmd(d, 'date').year;
  return official().years.has(year) || calendar.entered.has(year);
}

/** Tracks whether a computation looked at any date outside the covered range, and which years it read. */
interface Probe {
  provisional: boolean;
  calendar: CalendarSource;
  years: Map<number, YearBasis>;
}

const newProbe = (calendar: CalendarSource): Probe => ({ provisional: false, calendar, years: new Map() });

function workingDay(d: LocalDate, probe: Probe): boolean {
  const year = parseYmd(d, 'date').year;
  let basis = probe.years.get(year);
  if (!basis) {
    basis = yearBasis(year, probe.calendar);
    probe.years.set(year, basis);
  }
  if (basis.source === 'WEEKENDS_ONLY') {
    probe.provisional = true;
    return !isWeekend(d); // weekends alone
  }
  const cal = basis.source === 'PACKAGE' ? official() : probe.calendar.entered.get(year)!;
  if (cal.makeUpDays.has(d)) return true;
  if (cal.daysOff.has(d)) return false;
  return !isWeekend(d);
}

/**
 * Official working day (工作日): Mon–Fri unless a statutory holiday (法定节假日); a
 * Saturday or Sunday that is a 调休 make-up working day IS a working day.
 * Outside the covered years the answer is on weekends alone (Mon–Fri working) — see
 * `isCovered`.
 */
export function isWorkingDay(d: LocalDate, calendar: CalendarSource = installed): boolean {
  return workingDay(d, newProbe(calendar));
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
  calendar: YearBasis[];
}

const dueOf = (due: LocalDate, probe: Probe): Due => ({
  due,
  provisional: probe.provisional,
  calendar: [...probe.years.values()].sort((a, b) => a.year - b.year),
});

function workingDaysDue(start: LocalDate, n: number, calendar: CalendarSource): Due {
  assertLocalDate(start, 'start');
  assertAmount(n);
  const probe = newProbe(calendar);
  let cur = start;
  let remaining = n;
  // 民法典 第二百零一条: the start day is not counted; counting begins the next day.
  while (remaining > 0) {
    cur = addDays(cur, 1);
    if (workingDay(cur, probe)) remaining--;
  }
  return dueOf(cur, probe);
}

function naturalDaysDue(start: LocalDate, n: number, opts: PeriodOptions, calendar: CalendarSource): Due {
  assertLocalDate(start, 'start');
  assertAmount(n);
  const extend = extendOption(opts);
  // 民法典 第二百零一条: start day not counted, so the n-th day is start + n.
  const last = addDays(start, n);
  if (!extend) return { due: last, provisional: false, calendar: [] };
  const probe = newProbe(calendar);
  // 民法典 第二百零三条
  return dueOf(rollToWorkingDay(last, probe), probe);
}

function naturalMonthsDue(start: LocalDate, n: number, opts: PeriodOptions, calendar: CalendarSource): Due {
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
  if (!extend) return { due: last, provisional: false, calendar: [] };
  const probe = newProbe(calendar);
  // 民法典 第二百零三条
  return dueOf(rollToWorkingDay(last, probe), probe);
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
export function addWorkingDays(start: LocalDate, n: number, calendar: CalendarSource = installed): LocalDate {
  return workingDaysDue(start, n, calendar).due;
}

/**
 * Natural-day period (…日). 民法典 第二百零一条: start + n days; 民法典 第二百零三条:
 * if that last day is not a working day (weekend or statutory holiday) the period ends on
 * the next working day (unless `extendToWorkingDay: false`).
 */
export function addNaturalDays(start: LocalDate, n: number, opts: PeriodOptions = {}, calendar: CalendarSource = installed): LocalDate {
  return naturalDaysDue(start, n, opts, calendar).due;
}

/**
 * Natural-month period (…个月). 民法典 第二百零二条: the same day-of-month n months
 * later, or the last day of that month when it is shorter (11-30 + 3 months → 02-28/29);
 * 民法典 第二百零三条: moved to the next working day unless `extendToWorkingDay: false`
 * (durations such as a certificate suspension end on the plain calendar date).
 */
export function addNaturalMonths(start: LocalDate, n: number, opts: PeriodOptions = {}, calendar: CalendarSource = installed): LocalDate {
  return naturalMonthsDue(start, n, opts, calendar).due;
}

/**
 * Single entry point for statutory periods (design doc, "Statutory time").
 * `extendToWorkingDay` (default `true`) applies to NATURAL_DAYS and NATURAL_MONTHS; a
 * WORKING_DAYS period always ends on a working day (for `amount >= 1`) and ignores it.
 */
export function computeDeadline(input: DeadlineInput, calendar: CalendarSource = installed): Deadline {
  if (typeof input !== 'object' || input === null) {
    throw new RangeError(`computeDeadline expects { start, amount, unit }, got ${show(input)}`);
  }
  const { start, amount, unit } = input;
  let result: Due;
  switch (unit) {
    case 'WORKING_DAYS':
      extendOption(input); // validate only
      result = workingDaysDue(start, amount, calendar);
      break;
    case 'NATURAL_DAYS':
      result = naturalDaysDue(start, amount, input, calendar);
      break;
    case 'NATURAL_MONTHS':
      result = naturalMonthsDue(start, amount, input, calendar);
      break;
    default:
      throw new RangeError(
        `unit must be one of ${PERIOD_UNITS.join(', ')}, got ${show(unit as unknown)}`,
      );
  }
  return { start, amount, unit, due: result.due, provisional: result.provisional, calendar: result.calendar };
}

/**
 * The calendar a deadline rests on, in words to store beside it ("each stored deadline keeps the rule and
 * value that set it"): e.g. `2026年：chinese-days 1.5.7；2027年：国办发明电〔2026〕N号（录入）`, or
 * `2027年：暂按周末计算（暂定）` for a year nobody has published yet.
 */
export function calendarBasisText(deadline: Pick<Deadline, 'calendar'>): string {
  if (!deadline.calendar.length) return '未涉及节假日安排';
  return deadline.calendar
    .map((b) => `${b.year}年：${b.source === 'PACKAGE' ? packageLabel() : b.source === 'ENTERED' ? `${b.notice}（录入）` : '暂按周末计算（暂定）'}`)
    .join('；');
}
