import { describe, expect, it } from '@jest/globals';
import { DomainError, startOfLocalDate } from '@jiandu/kit';
import { CertificateStatus } from './certificate.entity.js';
import { CertificateEventKind } from './certificate-event.entity.js';
import {
  activeSuspension, allowedActions, missingForIssue, checkLift, checkRecover, checkReview, checkSuspend, nextReviewDue, reviewState, ReviewState, statusAt,
  suspensionPeriod, validityEnd, type HistoryEntry,
} from './certificate.rules.js';

const cert = { issuedOn: '2024-01-10', validUntil: '2029-01-09' };
const at = (iso: string) => new Date(iso);
let seq = 0;
const entry = (kind: CertificateEventKind, from: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: `e${++seq}`,
  kind,
  effectiveFrom: at(from),
  effectiveUntil: null,
  targetEventId: null,
  ...extra,
});
const suspension = (startsOn: string, months = 3) => {
  const p = suspensionPeriod(startsOn, months);
  return entry(CertificateEventKind.SUSPENDED, p.startsAt.toISOString(), { effectiveUntil: p.endsAt, endsOn: p.endsOn });
};
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'no error';
};

describe('003 第4条 暂扣行政执法证3个月: the period', () => {
  it('003 第4条: a suspension starting 2026-03-10 covers three calendar months, through 2026-06-10', () => {
    const p = suspensionPeriod('2026-03-10', 3);
    expect(p.endsOn).toBe('2026-06-10');
    expect(p.startsAt).toEqual(startOfLocalDate('2026-03-10'));
    expect(p.endsAt).toEqual(startOfLocalDate('2026-06-11'));
  });

  it('003 第4条 month-end arithmetic: a start on 11-30 ends on the last day of February', () => {
    expect(suspensionPeriod('2026-11-30', 3).endsOn).toBe('2027-02-28');
    expect(suspensionPeriod('2027-11-30', 3).endsOn).toBe('2028-02-29'); // leap year
    expect(suspensionPeriod('2026-08-31', 3).endsOn).toBe('2026-11-30');
  });

  it('003 第4条: the period is a duration — ending on a holiday does not extend it (2026-07-01 + 3 months ends on 国庆 2026-10-01)', () => {
    expect(suspensionPeriod('2026-07-01', 3).endsOn).toBe('2026-10-01');
  });
});

describe('status at an instant (DESIGN "status at any instant is answerable")', () => {
  const s = suspension('2026-11-30');
  const history = [entry(CertificateEventKind.ISSUED, '2024-01-09T16:00:00Z'), s];

  it('003 第4条: valid before a suspension, suspended during it, valid again after it ends by itself', () => {
    expect(statusAt(cert, history, at('2026-11-29T15:59:59Z'))).toBe(CertificateStatus.VALID); // 11-29 23:59:59 China time
    expect(statusAt(cert, history, at('2026-11-29T16:00:00Z'))).toBe(CertificateStatus.SUSPENDED); // 11-30 00:00 China time
    expect(statusAt(cert, history, at('2027-02-28T15:59:59Z'))).toBe(CertificateStatus.SUSPENDED); // last second of 02-28
    expect(statusAt(cert, history, at('2027-02-28T16:00:00Z'))).toBe(CertificateStatus.VALID); // 03-01 00:00, no job needed
  });

  it('a suspension lifted early (提前恢复) is in force before the lift and not after', () => {
    const lifted = [...history, entry(CertificateEventKind.SUSPENSION_LIFTED, '2027-01-15T02:00:00Z', { targetEventId: s.id })];
    expect(statusAt(cert, lifted, at('2027-01-15T01:59:59Z'))).toBe(CertificateStatus.SUSPENDED);
    expect(statusAt(cert, lifted, at('2027-01-15T02:00:00Z'))).toBe(CertificateStatus.VALID);
    expect(activeSuspension(lifted, at('2027-01-10T00:00:00Z'))?.id).toBe(s.id);
  });

  it('not yet valid before the issue day, expired after the last day of validity', () => {
    expect(statusAt(cert, [], at('2024-01-09T15:59:59Z'))).toBe(CertificateStatus.NOT_YET_VALID);
    expect(statusAt(cert, [], at('2029-01-09T15:59:59Z'))).toBe(CertificateStatus.VALID);
    expect(statusAt(cert, [], at('2029-01-09T16:00:00Z'))).toBe(CertificateStatus.EXPIRED);
  });

  it('004 第三十三条 吊销 and 004 第十一条 注销 are final, and the past before them stays answerable', () => {
    const revoked = [...history, entry(CertificateEventKind.REVOKED, '2027-05-01T00:00:00Z')];
    expect(statusAt(cert, revoked, at('2027-04-30T00:00:00Z'))).toBe(CertificateStatus.VALID);
    expect(statusAt(cert, revoked, at('2027-05-01T00:00:00Z'))).toBe(CertificateStatus.REVOKED);
    expect(statusAt(cert, [entry(CertificateEventKind.CANCELLED, '2025-01-01T00:00:00Z')], at('2030-01-01T00:00:00Z'))).toBe(CertificateStatus.CANCELLED);
  });

  it('换发 extends validity from the renewal on, without rewriting the past', () => {
    const renewed = [entry(CertificateEventKind.RENEWED, '2028-12-01T00:00:00Z', { validUntilAfter: '2033-11-30' })];
    expect(statusAt(cert, renewed, at('2029-06-01T00:00:00Z'))).toBe(CertificateStatus.VALID);
    expect(statusAt(cert, renewed, at('2033-12-01T00:00:00Z'))).toBe(CertificateStatus.EXPIRED);
  });
});

describe('年审 (periodic review): due and overdue', () => {
  const history = [entry(CertificateEventKind.ISSUED, '2024-01-09T16:00:00Z', { reviewDueOn: '2025-01-10' })];

  it('an overdue review makes the certificate not valid for enforcement (REVIEW_OVERDUE) until reviewed', () => {
    expect(statusAt(cert, history, at('2025-01-10T15:59:59Z'))).toBe(CertificateStatus.VALID);
    expect(statusAt(cert, history, at('2025-01-10T16:00:00Z'))).toBe(CertificateStatus.REVIEW_OVERDUE);
    const reviewed = [...history, entry(CertificateEventKind.REVIEWED, '2025-02-01T02:00:00Z', { reviewDueOn: '2026-02-02' })];
    expect(statusAt(cert, reviewed, at('2025-02-01T02:00:00Z'))).toBe(CertificateStatus.VALID);
  });

  it('due soon within 30 days of the due date, overdue after it, not scheduled without one', () => {
    expect(reviewState(history, at('2024-12-01T00:00:00Z')).state).toBe(ReviewState.OK);
    expect(reviewState(history, at('2024-12-12T00:00:00Z')).state).toBe(ReviewState.DUE_SOON);
    expect(reviewState(history, at('2025-01-11T00:00:00Z'))).toEqual({ dueOn: '2025-01-10', state: ReviewState.OVERDUE, provisional: false });
    expect(reviewState([], at('2025-01-11T00:00:00Z')).state).toBe(ReviewState.NOT_SCHEDULED);
  });

  it('民法典 第二百零三条: a review due date falling on 国庆 moves to the next working day; past the calendar it is provisional', () => {
    expect(nextReviewDue('2025-10-01', 12)).toMatchObject({ due: '2026-10-08', provisional: false });
    expect(nextReviewDue('2026-06-01', 12)).toMatchObject({ due: '2027-06-01', provisional: true });
  });

  it('DESIGN "Statutory time": a provisional due date recounted when its year is entered supersedes the entry it recounts, even at the same instant', () => {
    const reviewed = entry(CertificateEventKind.REVIEWED, '2026-11-24T02:00:00Z', { reviewDueOn: '2027-04-26', provisional: true });
    const recounted = { ...entry(CertificateEventKind.DEADLINE_RECOMPUTED, '2026-11-24T02:00:00Z', { reviewDueOn: '2027-04-25', provisional: false }), targetEventId: reviewed.id };
    for (const h of [[...history, recounted, reviewed], [...history, reviewed, recounted]]) {
      expect(reviewState(h, at('2026-11-24T02:00:00Z'))).toEqual({ dueOn: '2027-04-25', state: ReviewState.OK, provisional: false });
    }
    expect(reviewState([...history, reviewed, recounted], at('2026-11-24T01:59:59Z')).dueOn).toBe('2025-01-10');
  });

  it('validity of 5 years ends the day before the anniversary', () => {
    expect(validityEnd('2026-11-24', 5)).toBe('2031-11-23');
    expect(validityEnd('2024-02-29', 1)).toBe('2025-02-27');
  });
});

describe('illegal transitions are refused with a code (003 第4条, 004 第三十三条)', () => {
  const now = at('2026-12-15T02:00:00Z');
  const issued = entry(CertificateEventKind.ISSUED, '2024-01-09T16:00:00Z');

  it('003 第4条: a revoked certificate cannot be suspended', () => {
    const revoked = [issued, entry(CertificateEventKind.REVOKED, '2026-12-01T00:00:00Z')];
    expect(codeOf(() => checkSuspend(cert, revoked, now, '2026-12-15', 3))).toBe('ILLEGAL_TRANSITION');
  });

  it('003 第4条: a second suspension overlapping one in force is refused (SUSPENSION_OVERLAP)', () => {
    const first = suspension('2026-11-30');
    expect(codeOf(() => checkSuspend(cert, [issued, first], now, '2026-12-15', 3))).toBe('SUSPENSION_OVERLAP');
    expect(codeOf(() => checkSuspend(cert, [issued, first], now, '2026-09-01', 3))).toBe('SUSPENSION_OVERLAP'); // 09-01..12-01 overlaps 11-30..
  });

  it('003 第4条: a suspension after the first has ended, or after it was lifted, is allowed', () => {
    const first = suspension('2026-11-30'); // through 2027-02-28
    expect(checkSuspend(cert, [issued, first], now, '2027-03-01', 3).endsOn).toBe('2027-06-01');
    const lifted = [issued, first, entry(CertificateEventKind.SUSPENSION_LIFTED, '2026-12-10T00:00:00Z', { targetEventId: first.id })];
    expect(checkSuspend(cert, lifted, now, '2026-12-15', 3).endsOn).toBe('2027-03-15');
  });

  it('lifting a suspension that is not in force is refused (NOT_SUSPENDED)', () => {
    expect(codeOf(() => checkLift(cert, [issued], now))).toBe('NOT_SUSPENDED');
    expect(codeOf(() => checkLift(cert, [issued, suspension('2027-01-10')], now))).toBe('NOT_SUSPENDED'); // scheduled, not yet in force
    expect(checkLift(cert, [issued, suspension('2026-12-01')], now).kind).toBe(CertificateEventKind.SUSPENDED);
  });

  it('a suspension may not start before the issue day or after the validity', () => {
    expect(codeOf(() => checkSuspend(cert, [issued], now, '2023-12-31', 3))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkSuspend(cert, [issued], now, '2029-01-10', 3))).toBe('BAD_USER_INPUT');
  });

  it('收回 only after 吊销 or 注销, and once; 年审 not while suspended', () => {
    expect(codeOf(() => checkRecover(cert, [issued], now))).toBe('ILLEGAL_TRANSITION');
    const cancelled = [issued, entry(CertificateEventKind.CANCELLED, '2026-12-01T00:00:00Z')];
    expect(codeOf(() => checkRecover(cert, cancelled, now))).toBe('no error');
    expect(codeOf(() => checkRecover(cert, [...cancelled, entry(CertificateEventKind.RECOVERED, '2026-12-02T00:00:00Z')], now))).toBe('ILLEGAL_TRANSITION');
    expect(codeOf(() => checkReview(cert, [issued, suspension('2026-12-01')], now))).toBe('CERTIFICATE_SUSPENDED');
  });

  it('the console offers exactly the actions the state allows', () => {
    expect(allowedActions(cert, [issued], now)).toEqual(['REVIEW', 'SUSPEND', 'RENEW', 'REVOKE', 'CANCEL']);
    expect(allowedActions(cert, [issued, suspension('2026-12-01')], now)).toEqual(['LIFT', 'RENEW', 'REVOKE', 'CANCEL']);
    expect(allowedActions(cert, [issued, entry(CertificateEventKind.REVOKED, '2026-12-01T00:00:00Z')], now)).toEqual(['RECOVER']);
  });
});

describe('核发 preconditions (003 第4条, 003 第3条, 004 第十条, 004 第十一条)', () => {
  const ok = { agencyName: '某局', agencyConfirmed: true, onDuty: true, passedExams: 1, trainingHours: 60, requiredHours: 60, requiredHoursSource: '003 第3条' };

  it('003 第4条 / 003 第3条 / 004 第十条: nothing missing when exam, training, confirmed agency and duty hold', () => {
    expect(missingForIssue(ok)).toEqual([]);
  });

  it('003 第4条: no certificate without a passed exam; 003 第3条: 59.5 hours are not 60', () => {
    expect(missingForIssue({ ...ok, passedExams: 0 })).toEqual([expect.stringContaining('003 第4条')]);
    expect(missingForIssue({ ...ok, trainingHours: 59.5 })).toEqual(['发证前12个月培训 59.5 学时，不足 60 学时（003 第3条）']);
  });

  it('004 第十条: an agency whose standing is unconfirmed cannot hold certificates; 004 第十一条: nor an officer off duty', () => {
    expect(missingForIssue({ ...ok, agencyConfirmed: false, onDuty: false })).toEqual([expect.stringContaining('004 第十条'), expect.stringContaining('004 第十一条')]);
  });
});

describe('which certificates count', () => {
  it('004 第三十三条 / 第十一条: revoked, cancelled and expired certificates are no longer open; the current one is the newest 行政执法证', async () => {
    const { isOpen, isEnded, currentCertificate } = await import('./certificate.rules.js');
    expect([CertificateStatus.VALID, CertificateStatus.SUSPENDED, CertificateStatus.REVIEW_OVERDUE].every(isOpen)).toBe(true);
    expect([CertificateStatus.REVOKED, CertificateStatus.CANCELLED, CertificateStatus.EXPIRED].some(isOpen)).toBe(false);
    expect(isEnded(CertificateStatus.EXPIRED)).toBe(false);
    const certs = [
      { kind: 'ENFORCEMENT', issuedOn: '2020-01-01' },
      { kind: 'SUPERVISION', issuedOn: '2026-01-01' },
      { kind: 'ENFORCEMENT', issuedOn: '2025-01-01' },
    ];
    expect(currentCertificate(certs)).toBe(certs[2]);
    expect(currentCertificate([certs[1]!])).toBe(certs[1]);
    expect(currentCertificate([])).toBeNull();
  });
});
