/** Clock and China-time conversions — design doc, section "Statutory time". */
import { describe, it, expect } from '@jest/globals';
import {
  endOfLocalDate,
  fixedClock,
  startOfLocalDate,
  systemClock,
  toLocalDate,
  today,
} from './clock.js';
import { computeDeadline, type LocalDate } from './calendar.rules.js';

describe('toLocalDate: calendar dates are dates in China (UTC+8)', () => {
  it('"Statutory time": 2026-01-31T17:00:00Z is already 2026-02-01 in China', () => {
    expect(toLocalDate(new Date('2026-01-31T17:00:00Z'))).toBe('2026-02-01');
  });

  it('"Statutory time": the day changes at 16:00Z (00:00 China time)', () => {
    expect(toLocalDate(new Date('2026-01-31T15:59:59.999Z'))).toBe('2026-01-31');
    expect(toLocalDate(new Date('2026-01-31T16:00:00.000Z'))).toBe('2026-02-01');
    expect(toLocalDate(new Date('2026-01-31T23:59:59+08:00'))).toBe('2026-01-31');
    expect(toLocalDate(new Date('2026-02-01T00:00:00+08:00'))).toBe('2026-02-01');
    expect(toLocalDate(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(toLocalDate(new Date('1969-12-31T16:00:00Z'))).toBe('1970-01-01');
    expect(toLocalDate(new Date('1969-12-31T15:59:59.999Z'))).toBe('1969-12-31');
  });

  it('rejects an invalid Date with a RangeError', () => {
    expect(() => toLocalDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => toLocalDate('2026-01-01' as unknown as Date)).toThrow(RangeError);
  });
});

describe('startOfLocalDate / endOfLocalDate', () => {
  it('00:00 China time is 16:00Z the previous UTC day', () => {
    expect(startOfLocalDate('2026-02-01').toISOString()).toBe('2026-01-31T16:00:00.000Z');
  });

  it('民法典 第二百零三条 第二款: the last day ends at 24:00 China time (last millisecond inclusive)', () => {
    expect(endOfLocalDate('2026-02-01').toISOString()).toBe('2026-02-01T15:59:59.999Z');
  });

  it('round-trips through toLocalDate at both ends of the day', () => {
    for (const d of ['2024-02-29', '2026-01-01', '2026-12-31', '2027-03-28'] as LocalDate[]) {
      expect(toLocalDate(startOfLocalDate(d))).toBe(d);
      expect(toLocalDate(endOfLocalDate(d))).toBe(d);
      expect(toLocalDate(new Date(startOfLocalDate(d).getTime() - 1))).not.toBe(d);
      expect(toLocalDate(new Date(endOfLocalDate(d).getTime() + 1))).not.toBe(d);
    }
  });

  it('rejects malformed dates with a RangeError', () => {
    expect(() => startOfLocalDate('2026-02-30')).toThrow(RangeError);
    expect(() => endOfLocalDate('20260201')).toThrow(RangeError);
  });

  it('"Statutory time": a deadline computed from the clock is met until 24:00 China time on its due day', () => {
    const clock = fixedClock('2025-09-21T10:00:00+08:00');
    const { due } = computeDeadline({ start: today(clock), amount: 10, unit: 'NATURAL_DAYS' });
    expect(due).toBe('2025-10-09'); // 10-01 is 国庆, moved by 民法典 第二百零三条
    const submittedAt = new Date('2025-10-09T23:30:00+08:00');
    expect(submittedAt.getTime() <= endOfLocalDate(due).getTime()).toBe(true);
    const lateAt = new Date('2025-10-10T00:00:00+08:00');
    expect(lateAt.getTime() <= endOfLocalDate(due).getTime()).toBe(false);
  });
});

describe('Clock', () => {
  it('fixedClock always answers the same instant, as a fresh Date', () => {
    const clock = fixedClock('2026-01-31T17:00:00Z');
    const a = clock.now();
    a.setTime(0);
    expect(clock.now().toISOString()).toBe('2026-01-31T17:00:00.000Z');
    expect(clock.now()).not.toBe(clock.now());
    expect(today(clock)).toBe('2026-02-01');
  });

  it('fixedClock accepts an explicit offset or a Date', () => {
    expect(fixedClock('2026-02-01T09:00:00+08:00').now().toISOString()).toBe('2026-02-01T01:00:00.000Z');
    expect(fixedClock(new Date('2026-02-01T01:00:00Z')).now().toISOString()).toBe('2026-02-01T01:00:00.000Z');
  });

  it('fixedClock rejects instants without an offset or invalid ones with a RangeError', () => {
    expect(() => fixedClock('2026-02-01T09:00:00')).toThrow(RangeError); // local time: ambiguous
    expect(() => fixedClock('2026-02-01')).toThrow(RangeError);
    expect(() => fixedClock('yesterday')).toThrow(RangeError);
    expect(() => fixedClock('2026-02-30T00:00:00Z')).toThrow(RangeError);
    expect(() => fixedClock(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('systemClock reads the real time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
