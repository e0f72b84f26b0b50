/**
 * Pure rules of a certificate. Status is never stored: it is derived from the certificate's dates and its
 * append-only history at the instant asked about, so a suspension ends by itself when its period ends,
 * with no scheduled job, and `statusAt` answers for any past instant (DESIGN "Personnel and credentials":
 * "status at any instant is answerable").
 */
import {
  addDays, addNaturalMonths, computeDeadline, DomainError, ErrorCode, isAfter, isBefore, startOfLocalDate, toLocalDate,
  type LocalDate,
} from '@jiandu/kit';
import { CertificateStatus } from './certificate.entity.js';
import { CertificateEventKind } from './certificate-event.entity.js';

export interface CertificateDates {
  issuedOn: LocalDate;
  validUntil: LocalDate;
}

export interface HistoryEntry {
  id: string;
  kind: CertificateEventKind;
  effectiveFrom: Date;
  effectiveUntil: Date | null;
  targetEventId: string | null;
  endsOn?: LocalDate | null;
  validUntilAfter?: LocalDate | null;
  reviewDueOn?: LocalDate | null;
  /** The date reaches past the official holiday calendar (DESIGN "Statutory time"). */
  provisional?: boolean;
}

const at0 = (d: LocalDate) => startOfLocalDate(d).getTime();
const inForce = (e: HistoryEntry, t: number) => e.effectiveFrom.getTime() <= t;

/** The last entry of the given kinds in force at `t` (by effective time), if any. */
function latest(history: readonly HistoryEntry[], kinds: CertificateEventKind[], t: number, pick: (e: HistoryEntry) => unknown): HistoryEntry | undefined {
  return history
    .filter((e) => kinds.includes(e.kind) && inForce(e, t) && pick(e) != null)
    .sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime())
    .at(-1);
}

/** The last day of validity at `t`: the latest 核发/换发 in force then, else the certificate's own. */
export function validUntilAt(cert: CertificateDates, history: readonly HistoryEntry[], at: Date): LocalDate {
  return latest(history, [CertificateEventKind.ISSUED, CertificateEventKind.RENEWED], at.getTime(), (e) => e.validUntilAfter)?.validUntilAfter ?? cert.validUntil;
}

/**
 * The entry that set the periodic review (年审) due date in force at `t`, if any: a 核发, 换发 or 年审, or the
 * recomputation of a provisional due date once its year's holiday arrangement was entered (DESIGN
 * "Statutory time").
 */
export function reviewEntryAt(history: readonly HistoryEntry[], at: Date): HistoryEntry | undefined {
  const t = at.getTime();
  let entry = latest(history, [CertificateEventKind.ISSUED, CertificateEventKind.RENEWED, CertificateEventKind.REVIEWED, CertificateEventKind.DEADLINE_RECOMPUTED], t, (e) => e.reviewDueOn);
  // A recomputation supersedes the entry it recounts, even when both carry the same instant.
  for (let next = entry; next; ) {
    entry = next;
    next = history.find((e) => e.kind === CertificateEventKind.DEADLINE_RECOMPUTED && e.targetEventId === entry!.id && inForce(e, t));
  }
  return entry;
}

/** The periodic review (年审) due date in force at `t`, or null when none is scheduled. */
export function reviewDueAt(history: readonly HistoryEntry[], at: Date): LocalDate | null {
  return reviewEntryAt(history, at)?.reviewDueOn ?? null;
}

/** Whether a suspension entry was lifted early at or before `t`. */
function liftedBy(history: readonly HistoryEntry[], s: HistoryEntry, t: number): boolean {
  return history.some((l) => l.kind === CertificateEventKind.SUSPENSION_LIFTED && l.targetEventId === s.id && l.effectiveFrom.getTime() <= t);
}

/**
 * The suspension in force at `at`, if any: a 暂扣 entry whose period contains `at` (start inclusive,
 * end exclusive) and that was not lifted early at or before `at` (003 第4条; 004 第三十三条).
 */
export function activeSuspension(history: readonly HistoryEntry[], at: Date): HistoryEntry | null {
  const t = at.getTime();
  for (const s of history) {
    if (s.kind !== CertificateEventKind.SUSPENDED || !inForce(s, t)) continue;
    if (s.effectiveUntil && s.effectiveUntil.getTime() <= t) continue;
    if (!liftedBy(history, s, t)) return s;
  }
  return null;
}

/**
 * The status of a certificate at an instant. Order matters: a revoked (吊销) or cancelled (注销)
 * certificate stays so for good (004 第三十三条, 第十一条); an expired one is expired whatever else holds;
 * a suspension (003 第4条) outranks an overdue review; an overdue 年审 makes it not valid for enforcement.
 */
export function statusAt(cert: CertificateDates, history: readonly HistoryEntry[], at: Date): CertificateStatus {
  const t = at.getTime();
  if (t < at0(cert.issuedOn)) return CertificateStatus.NOT_YET_VALID;
  const happened = (kind: CertificateEventKind) => history.some((e) => e.kind === kind && inForce(e, t));
  if (happened(CertificateEventKind.REVOKED)) return CertificateStatus.REVOKED;
  if (happened(CertificateEventKind.CANCELLED)) return CertificateStatus.CANCELLED;
  if (t >= at0(addDays(validUntilAt(cert, history, at), 1))) return CertificateStatus.EXPIRED;
  if (activeSuspension(history, at)) return CertificateStatus.SUSPENDED;
  const due = reviewDueAt(history, at);
  if (due && t >= at0(addDays(due, 1))) return CertificateStatus.REVIEW_OVERDUE;
  return CertificateStatus.VALID;
}

export enum ReviewState {
  NOT_SCHEDULED = 'NOT_SCHEDULED',
  OK = 'OK',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}

/** 年审 state on a day: due soon within `warnDays` of the due date (clerks are warned before), overdue after it. */
export function reviewState(history: readonly HistoryEntry[], at: Date, warnDays = 30): { dueOn: LocalDate | null; state: ReviewState; provisional: boolean } {
  const entry = reviewEntryAt(history, at);
  const dueOn = entry?.reviewDueOn ?? null;
  const provisional = entry?.provisional ?? false;
  if (!dueOn) return { dueOn, state: ReviewState.NOT_SCHEDULED, provisional };
  const today = toLocalDate(at);
  if (isAfter(today, dueOn)) return { dueOn, state: ReviewState.OVERDUE, provisional };
  if (!isBefore(today, addDays(dueOn, -warnDays))) return { dueOn, state: ReviewState.DUE_SOON, provisional };
  return { dueOn, state: ReviewState.OK, provisional };
}

/**
 * 003 第4条: 暂扣行政执法证3个月 — a period of calendar months from its start day. Counted as a duration,
 * not a deadline: month-end clamps (start 11-30 + 3 months → the last day of February) and a holiday does
 * not extend it. The suspension covers `startsOn` through `endsOn` inclusive and ends by itself at
 * `endsAt`, 00:00 China time of the following day.
 */
export function suspensionPeriod(startsOn: LocalDate, months: number): { startsAt: Date; endsOn: LocalDate; endsAt: Date } {
  const endsOn = addNaturalMonths(startsOn, months, { extendToWorkingDay: false });
  return { startsAt: startOfLocalDate(startsOn), endsOn, endsAt: startOfLocalDate(addDays(endsOn, 1)) };
}

/** The suspensions that are not lifted, with their periods (for overlap checks). */
function standingSuspensions(history: readonly HistoryEntry[], now: Date): HistoryEntry[] {
  const t = now.getTime();
  return history.filter((s) => {
    if (s.kind !== CertificateEventKind.SUSPENDED) return false;
    const lift = history.find((l) => l.kind === CertificateEventKind.SUSPENSION_LIFTED && l.targetEventId === s.id);
    return !lift || lift.effectiveFrom.getTime() > Math.max(t, s.effectiveFrom.getTime());
  });
}

const refuse = (code: ErrorCode, message: string, details: Record<string, unknown> = {}) => new DomainError(code, message, details);

/** A certificate that was revoked or cancelled, or has expired, takes no further action but 收回. */
function assertOpen(cert: CertificateDates, history: readonly HistoryEntry[], now: Date, action: string): void {
  const s = statusAt(cert, history, now);
  if (s === CertificateStatus.REVOKED) throw refuse(ErrorCode.ILLEGAL_TRANSITION, `证件已吊销，不能${action}`, { status: s });
  if (s === CertificateStatus.CANCELLED) throw refuse(ErrorCode.ILLEGAL_TRANSITION, `证件已注销，不能${action}`, { status: s });
}

/**
 * 003 第4条 暂扣: refused on a revoked, cancelled or expired certificate, on a start outside the validity,
 * and when the new period would overlap a suspension not lifted (one suspension at a time).
 */
export function checkSuspend(cert: CertificateDates, history: readonly HistoryEntry[], now: Date, startsOn: LocalDate, months: number) {
  assertOpen(cert, history, now, '暂扣');
  const validUntil = validUntilAt(cert, history, now);
  if (statusAt(cert, history, now) === CertificateStatus.EXPIRED) throw refuse(ErrorCode.ILLEGAL_TRANSITION, '证件已过有效期，不能暂扣', { status: 'EXPIRED' });
  if (isBefore(startsOn, cert.issuedOn)) throw refuse(ErrorCode.BAD_USER_INPUT, `暂扣起始日不能早于发证日期 ${cert.issuedOn}`, { field: 'startsOn' });
  if (isAfter(startsOn, validUntil)) throw refuse(ErrorCode.BAD_USER_INPUT, `暂扣起始日不能晚于有效期截止日 ${validUntil}`, { field: 'startsOn' });
  const period = suspensionPeriod(startsOn, months);
  for (const s of standingSuspensions(history, now)) {
    const sEnd = s.effectiveUntil ?? new Date(8.64e15);
    if (period.startsAt < sEnd && s.effectiveFrom < period.endsAt) {
      throw refuse(ErrorCode.SUSPENSION_OVERLAP, `该证件已有暂扣（${toLocalDate(s.effectiveFrom)} 至 ${s.endsOn ?? '—'}），与本次期间重叠；同一时间只能有一项暂扣`, {
        existing: s.id,
      });
    }
  }
  return period;
}

/** 提前恢复: only a suspension in force now can be lifted early, with a reason. */
export function checkLift(cert: CertificateDates, history: readonly HistoryEntry[], now: Date): HistoryEntry {
  assertOpen(cert, history, now, '提前恢复');
  const s = activeSuspension(history, now);
  if (!s) throw refuse(ErrorCode.NOT_SUSPENDED, '该证件当前没有生效中的暂扣，无需恢复');
  return s;
}

/** 吊销 / 注销 (004 第三十三条, 第十一条): once only, and not after the other. */
export function checkEnd(cert: CertificateDates, history: readonly HistoryEntry[], now: Date, action: '吊销' | '注销'): void {
  assertOpen(cert, history, now, action);
}

/** 收回: the physical card is recovered after 吊销 or 注销 (003 第4条 注销并收回; 004 第十一条 收回并注销), once. */
export function checkRecover(cert: CertificateDates, history: readonly HistoryEntry[], now: Date): void {
  const s = statusAt(cert, history, now);
  if (s !== CertificateStatus.REVOKED && s !== CertificateStatus.CANCELLED) {
    throw refuse(ErrorCode.ILLEGAL_TRANSITION, '只有已吊销或已注销的证件才能登记收回', { status: s });
  }
  if (history.some((e) => e.kind === CertificateEventKind.RECOVERED)) throw refuse(ErrorCode.ILLEGAL_TRANSITION, '该证件已登记收回');
}

/** 换发: a certificate still open (not revoked or cancelled) gets a new validity period from the renewal day. */
export function checkRenew(cert: CertificateDates, history: readonly HistoryEntry[], now: Date): void {
  assertOpen(cert, history, now, '换发');
}

/** 年审: reviews an open certificate that is not suspended; the next review is due one cycle later. */
export function checkReview(cert: CertificateDates, history: readonly HistoryEntry[], now: Date): void {
  assertOpen(cert, history, now, '年审');
  const s = statusAt(cert, history, now);
  if (s === CertificateStatus.EXPIRED) throw refuse(ErrorCode.ILLEGAL_TRANSITION, '证件已过有效期，请换发而非年审', { status: s });
  if (s === CertificateStatus.SUSPENDED) throw refuse(ErrorCode.CERTIFICATE_SUSPENDED, '证件暂扣期间不能年审', { status: s });
}

/** The next review due date: one cycle after `from`, a natural-month deadline (民法典 第二百零三条 applies). */
export function nextReviewDue(from: LocalDate, cycleMonths: number) {
  return computeDeadline({ start: from, amount: cycleMonths, unit: 'NATURAL_MONTHS' });
}

/** The end of a validity period of `years` from `from`: the day before the same date `years` later. */
export function validityEnd(from: LocalDate, years: number): LocalDate {
  return addDays(addNaturalMonths(from, years * 12, { extendToWorkingDay: false }), -1);
}

/**
 * A certificate still in the holder's hands in law: not revoked (吊销, 004 第三十三条), not cancelled (注销,
 * 004 第十一条) and not expired. One open certificate of a kind per officer; a new one is a 换发.
 */
export function isOpen(status: CertificateStatus): boolean {
  return status !== CertificateStatus.REVOKED && status !== CertificateStatus.CANCELLED && status !== CertificateStatus.EXPIRED;
}

/** Whether 注销 on leaving the post (004 第十一条) still has something to end. */
export function isEnded(status: CertificateStatus): boolean {
  return status === CertificateStatus.REVOKED || status === CertificateStatus.CANCELLED;
}

/** The certificate shown as an officer's current one: the newest 行政执法证, else the newest of any kind. */
export function currentCertificate<C extends { kind: string; issuedOn: LocalDate }>(certs: readonly C[]): C | null {
  const newestFirst = [...certs].sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : a.issuedOn > b.issuedOn ? -1 : 0));
  return newestFirst.find((c) => c.kind === 'ENFORCEMENT') ?? newestFirst[0] ?? null;
}

/** What each status allows — the console offers exactly these actions (and the service enforces them). */
export function allowedActions(cert: CertificateDates, history: readonly HistoryEntry[], now: Date): string[] {
  const s = statusAt(cert, history, now);
  const recovered = history.some((e) => e.kind === CertificateEventKind.RECOVERED);
  if (s === CertificateStatus.REVOKED || s === CertificateStatus.CANCELLED) return recovered ? [] : ['RECOVER'];
  const actions = ['RENEW', 'REVOKE', 'CANCEL'];
  if (s === CertificateStatus.SUSPENDED) actions.unshift('LIFT');
  else if (s !== CertificateStatus.EXPIRED) actions.unshift('SUSPEND');
  if (s === CertificateStatus.VALID || s === CertificateStatus.REVIEW_OVERDUE) actions.unshift('REVIEW');
  return actions;
}

export interface IssueFacts {
  agencyName: string;
  agencyConfirmed: boolean;
  onDuty: boolean;
  passedExams: number;
  trainingHours: number;
  requiredHours: number;
  requiredHoursSource: string;
}

/**
 * What is missing before a certificate may be issued, in the clerk's words (empty when nothing is):
 * 003 第4条 未经执法资格考试合格，不得授予行政执法证件; 003 第3条 the year's training hours (counted over the 12
 * months before issue); 004 第十条 未经认定行政执法主体资格的单位，不得行使行政执法权; 004 第十一条 on duty.
 */
export function missingForIssue(f: IssueFacts): string[] {
  const missing: string[] = [];
  if (!f.agencyConfirmed) missing.push(`所属执法主体「${f.agencyName}」的主体资格尚未确认（004 第十条）`);
  if (!f.onDuty) missing.push('持证人不在执法岗位（004 第十一条）');
  if (f.passedExams === 0) missing.push('没有执法资格考试合格记录（003 第4条：未经执法资格考试合格，不得授予行政执法证件）');
  if (f.trainingHours < f.requiredHours) missing.push(`发证前12个月培训 ${f.trainingHours} 学时，不足 ${f.requiredHours} 学时（${f.requiredHoursSource}）`);
  return missing;
}
