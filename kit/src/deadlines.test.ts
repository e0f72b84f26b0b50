import 'reflect-metadata';
import { deadlineView, DueState, dueState, periodText, statutoryDeadline } from './deadlines.js';

describe('stored statutory deadlines (DESIGN "Statutory time")', () => {
  it('004 第二十四条: 30 natural days from receipt, ending on a working day (民法典 第二百零三条)', () => {
    // received 2026-09-01: day 30 is 2026-10-01, inside 国庆 (10-01…10-07 off in 2026), so the period ends on the next working day
    const d = statutoryDeadline('2026-09-01', 30, 'NATURAL_DAYS', '004 第二十四条：自收到之日起三十日内整改');
    expect(d.dueOn).toBe('2026-10-08');
    expect(d.provisional).toBe(false);
    expect(d.rule).toContain('004 第二十四条');
    expect(d.calendarBasis).toContain('2026年');
    expect(d.period).toEqual({ start: '2026-09-01', amount: 30, unit: 'NATURAL_DAYS' });
    expect(periodText(d.period)).toBe('30日');
  });

  it('a period reaching past the calendar data is provisional (DESIGN "Statutory time")', () => {
    const d = statutoryDeadline('2026-12-20', 30, 'NATURAL_DAYS', 'x');
    expect(d.provisional).toBe(true);
    expect(d.calendarBasis).toContain('暂定');
  });

  it('yellow from 2 working days before the due day, red after it, done with late when done after it', () => {
    expect(dueState('2026-11-30', null, '2026-11-24').state).toBe(DueState.OK);
    expect(dueState('2026-11-26', null, '2026-11-24').state).toBe(DueState.DUE_SOON);
    expect(dueState('2026-11-23', null, '2026-11-24')).toEqual({ state: DueState.OVERDUE, late: true });
    expect(dueState('2026-11-23', '2026-11-24', '2026-11-30')).toEqual({ state: DueState.DONE, late: true });
    const v = deadlineView('整改报告', statutoryDeadline('2026-11-01', 30, 'NATURAL_DAYS', 'r'), null, '2026-11-24');
    expect(v).toMatchObject({ label: '整改报告', startsOn: '2026-11-01', period: '30日', state: DueState.OK, late: false, doneOn: null, daysLeft: 7 });
  });
});
