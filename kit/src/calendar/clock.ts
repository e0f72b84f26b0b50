/**
 * Time source and China-time conversions — design doc, section "Statutory time".
 *
 * Statutory dates are calendar dates in China (Asia/Shanghai). China has used a fixed
 * UTC+8 offset without daylight saving since 1991, so the conversion is a constant
 * offset and never depends on the host's time zone.
 *
 * Rules never call `new Date()` themselves: they take a `Clock` or a date, so tests can
 * pin "now" with `fixedClock`.
 */
import { addDays, assertLocalDate, daysBetween, isLocalDate, type LocalDate } from './calendar.rules.js';

export interface Clock {
  now(): Date;
}

export const CHINA_TIME_ZONE = 'Asia/Shanghai';
/** UTC+8, no DST. */
export const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

const MS_PER_DAY = 86_400_000;
const EPOCH: LocalDate = '1970-01-01';
/** An ISO-8601 instant must say which offset it is in, or `Date` would guess local time. */
const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The real time. Inject it in production wiring; never read it from a rule. */
export const systemClock: Clock = Object.freeze({
  now: (): Date => new Date(),
});

/**
 * A clock stopped at `instant` — an ISO-8601 string with `Z` or an explicit offset
 * (e.g. `'2026-02-01T09:00:00+08:00'`), or a `Date`. Each `now()` returns a fresh copy.
 */
export function fixedClock(instant: string | Date): Clock {
  let ms: number;
  if (instant instanceof Date) {
    ms = instant.getTime();
  } else if (typeof instant === 'string' && ISO_INSTANT_RE.test(instant) && isLocalDate(instant.slice(0, 10))) {
    ms = Date.parse(instant);
  } else {
    throw new RangeError(
      `fixedClock expects an ISO-8601 instant with Z or an offset (e.g. 2026-02-01T09:00:00+08:00), got ${JSON.stringify(String(instant))}`,
    );
  }
  if (!Number.isFinite(ms)) {
    throw new RangeError(`fixedClock got an invalid instant: ${JSON.stringify(String(instant))}`);
  }
  return Object.freeze({ now: (): Date => new Date(ms) });
}

function assertInstant(instant: unknown): asserts instant is Date {
  if (!(instant instanceof Date) || !Number.isFinite(instant.getTime())) {
    throw new RangeError(`expected a valid Date instant, got ${String(instant)}`);
  }
}

/** The calendar date in China at `instant` (2026-01-31T17:00:00Z → '2026-02-01'). */
export function toLocalDate(instant: Date): LocalDate {
  assertInstant(instant);
  const epochDay = Math.floor((instant.getTime() + CHINA_UTC_OFFSET_MS) / MS_PER_DAY);
  return addDays(EPOCH, epochDay);
}

/** Today's date in China according to `clock`. */
export function today(clock: Clock): LocalDate {
  return toLocalDate(clock.now());
}

/** 00:00:00.000 China time on `d`, as an instant ('2026-02-01' → 2026-01-31T16:00:00.000Z). */
export function startOfLocalDate(d: LocalDate): Date {
  assertLocalDate(d);
  return new Date(daysBetween(EPOCH, d) * MS_PER_DAY - CHINA_UTC_OFFSET_MS);
}

/**
 * The last millisecond of `d` in China time (23:59:59.999 +08:00), inclusive — the
 * "二十四时" at which a period's last day ends (民法典 第二百零三条 第二款).
 * `instant <= endOfLocalDate(due)` means "on time".
 */
export function endOfLocalDate(d: LocalDate): Date {
  return new Date(startOfLocalDate(d).getTime() + MS_PER_DAY - 1);
}
