/** Statutory calendar — design doc, section "Statutory time". */
export type {
  LocalDate, PeriodUnit, PeriodOptions, DeadlineInput, Deadline,
  YearSchedule, EnteredYear, PackageCalendar, CalendarSourceKind, YearBasis, CalendarSource, DayKind, ScheduleDisagreement,
} from './calendar.rules.js';
export {
  PERIOD_UNITS,
  isLocalDate,
  assertLocalDate,
  addDays,
  daysBetween,
  compareDates,
  isBefore,
  isAfter,
  dayOfWeek,
  isWeekend,
  daysInMonth,
  calendarCoverage,
  isCovered,
  isWorkingDay,
  addWorkingDays,
  addNaturalDays,
  addNaturalMonths,
  computeDeadline,
  calendarBasisText,
  packageLabel,
  packageSchedule,
  packageYears,
  usePackageCalendar,
  calendarWith,
  currentCalendar,
  installEnteredYears,
  applyEnteredYear,
  resetCalendar,
  yearBasis,
  compareSchedules,
} from './calendar.rules.js';

export type { Clock } from './clock.js';
export {
  CHINA_TIME_ZONE,
  CHINA_UTC_OFFSET_MS,
  systemClock,
  fixedClock,
  toLocalDate,
  today,
  startOfLocalDate,
  endOfLocalDate,
} from './clock.js';
