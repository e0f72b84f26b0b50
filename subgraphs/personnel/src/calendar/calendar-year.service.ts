/**
 * Entered holiday arrangements (DESIGN "Statutory time"): a system administrator enters a year's schedule
 * from the 国务院办公厅 notice; from then on that year's deadlines are final, and the provisional deadlines
 * already stored are recounted in the same transaction, each with a history entry — only those whose result
 * changes, and none for a year the package has (it stays in force there). A newer package is handled the same
 * way once per deploy by `recountForInstalledPackage` (personnel's `migrate`).
 *
 * Every personnel process installs the entered years into kit's calendar. Replicas stay in step by a cheap
 * check before each command that computes a deadline (`syncCalendar`: one `count/sum(version)` query on a
 * table of a few rows) — not a TTL, because a deadline computed on a stale calendar in the window would be
 * stored provisional and never recounted.
 */
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  calendarBasisText, calendarCoverage, calendarWith, compareSchedules, computeDeadline, DomainError, ErrorCode, installEnteredYears, newId, packageLabel,
  packageSchedule, packageYears, requireLogin, requireRole, toLocalDate, yearBasis,
  type CalendarSource, type Clock, type Deadline, type Identity, type ScheduleDisagreement,
} from '@jiandu/kit';
import { CalendarYear, type HolidayRange } from './calendar-year.entity.js';
import { calendarYearProblems, toEnteredYear, yearsMadeFinal, type CalendarYearDraft } from './calendar-year.rules.js';
import { CalendarPackage } from './calendar-package.entity.js';
import { Certificate } from '../certificates/certificate.entity.js';
import { CertificateEvent, CertificateEventKind, type StoredPeriod } from '../certificates/certificate-event.entity.js';
import { reviewEntryAt } from '../certificates/certificate.rules.js';
import { EmploymentChange } from '../officers/employment-change.entity.js';
import { isLateReport } from '../officers/officer.rules.js';
import { logChange } from '@jiandu/kit';
import { SCHEMA } from '../orm.js';

let installedKey: string | null = null;

/** The advisory lock that orders calendar entries against the commands that count deadlines. */
const CALENDAR_LOCK = `select pg_advisory_xact_lock%s(hashtext('${SCHEMA}.calendar_year'))`;

/**
 * Installs the entered years into kit's calendar unless this process already has them (see module comment).
 * Call it inside the command's transaction, before its row locks: it holds a shared lock until commit, so a
 * year being entered (which takes it exclusively and recounts the stored provisional deadlines) waits for
 * running commands, and a command started meanwhile counts on the new year — no deadline computed on the old
 * calendar can slip in after the recount.
 */
export async function syncCalendar(em: EntityManager): Promise<void> {
  await em.execute(CALENDAR_LOCK.replace('%s', '_shared'));
  const [row] = await em.execute<{ n: number; v: number }[]>(`select count(*)::int as n, coalesce(sum(version), 0)::int as v from "${SCHEMA}"."calendar_year"`);
  const key = `${row?.n ?? 0}/${row?.v ?? 0}`;
  if (key === installedKey) return;
  const rows = await em.find(CalendarYear, {}, { orderBy: { year: 'asc' } });
  installEnteredYears(rows.map(toEnteredYear));
  installedKey = key;
}

/** Forgets what this process installed (tests that reset kit's calendar). */
export function forgetInstalledCalendar(): void {
  installedKey = null;
}

export interface CalendarYearView {
  year: number;
  /** Which data exist for the year. */
  source: 'PACKAGE' | 'ENTERED' | 'BOTH';
  /** Which one answers for deadlines (the package wherever it has the year). */
  inForce: 'PACKAGE' | 'ENTERED';
  entered: CalendarYear | null;
  enteredDaysOff: string[];
  packageDaysOff: string[] | null;
  packageMakeUpDays: string[] | null;
  disagreements: ScheduleDisagreement[];
}

function view(year: number, entered: CalendarYear | null, calendar: CalendarSource): CalendarYearView {
  const pkg = packageSchedule(year);
  const e = entered ? toEnteredYear(entered) : null;
  return {
    year,
    source: pkg && e ? 'BOTH' : pkg ? 'PACKAGE' : 'ENTERED',
    inForce: yearBasis(year, calendar).source === 'PACKAGE' ? 'PACKAGE' : 'ENTERED',
    entered,
    enteredDaysOff: e ? [...e.daysOff] : [],
    packageDaysOff: pkg ? [...pkg.daysOff] : null,
    packageMakeUpDays: pkg ? [...pkg.makeUpDays] : null,
    disagreements: pkg && e ? compareSchedules(e, pkg) : [],
  };
}

export interface CalendarOverview {
  packageLabel: string;
  coveredFrom: string;
  coveredTo: string;
  years: CalendarYearView[];
}

/** Every year with an arrangement (package or entered), newest first, and the unbroken coverage. Staff only. */
export async function calendarOverview(em: EntityManager, identity: Identity): Promise<CalendarOverview> {
  requireLogin(identity);
  const rows = await em.find(CalendarYear, {}, { orderBy: { year: 'asc' } });
  const calendar = calendarWith(rows.map(toEnteredYear));
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const coverage = calendarCoverage(calendar);
  const first = Number(coverage.from.slice(0, 4));
  const years = new Set<number>(rows.map((r) => r.year));
  for (let y = first; packageSchedule(y); y++) years.add(y);
  return {
    packageLabel: packageLabel(),
    coveredFrom: coverage.from,
    coveredTo: coverage.to,
    years: [...years].sort((a, b) => b - a).map((y) => view(y, byYear.get(y) ?? null, calendar)),
  };
}

/** One year's arrangement (package, entered or both), or null when neither has it. Staff only. */
export async function calendarYear(em: EntityManager, identity: Identity, year: number): Promise<CalendarYearView | null> {
  requireLogin(identity);
  const rows = await em.find(CalendarYear, {}, { orderBy: { year: 'asc' } });
  const entered = rows.find((r) => r.year === year) ?? null;
  if (!entered && !packageSchedule(year)) return null;
  return view(year, entered, calendarWith(rows.map(toEnteredYear)));
}

export interface RecomputedDeadline {
  kind: 'CERTIFICATE_REVIEW' | 'EMPLOYMENT_CHANGE_REPORT';
  recordId: string;
  before: string;
  after: string;
  provisional: boolean;
}

export interface SetCalendarYearResult {
  view: CalendarYearView;
  recomputed: RecomputedDeadline[];
}

/**
 * Enters (or corrects) a year's arrangement — SYSTEM_ADMIN only, with the version seen (null for a new
 * year) — and recounts in the same transaction every stored provisional deadline whose count read that
 * year and whose result changes (`yearsMadeFinal`). Deadlines already final are not touched, nor is any
 * deadline when the package has the year (it stays in force there).
 */
export async function setCalendarYear(
  em: EntityManager, identity: Identity, clock: Clock, year: number, input: CalendarYearDraft, expectedVersion: number | null | undefined,
): Promise<SetCalendarYearResult> {
  requireRole(identity, 'SYSTEM_ADMIN');
  const now = clock.now();
  const draft: CalendarYearDraft = {
    notice: input.notice?.trim() ?? '',
    holidays: (input.holidays ?? []).map((h) => ({ name: h.name?.trim() ?? '', from: h.from?.trim() ?? '', to: h.to?.trim() ?? '' })),
    makeUpDays: (input.makeUpDays ?? []).map((d) => d?.trim() ?? ''),
  };
  const problems = calendarYearProblems(year, draft, Number(toLocalDate(now).slice(0, 4)));
  if (problems.length) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, problems.map((p) => p.message).join('；'), { problems, field: problems[0]!.field });
  }
  try {
    const result = await em.transactional(async (tx) => {
      // One writer of the calendar at a time, and no deadline command in flight (see syncCalendar).
      await tx.execute(CALENDAR_LOCK.replace('%s', ''));
      const existing = await tx.findOne(CalendarYear, { year }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if ((existing?.version ?? null) !== (expectedVersion ?? null)) {
        throw new DomainError(ErrorCode.CONCURRENT_MODIFICATION, existing ? `${year} 年的节假日安排已被他人修改，请刷新后重试` : `${year} 年的节假日安排尚未录入，请刷新后重试`, {
          expectedVersion: expectedVersion ?? null, actualVersion: existing?.version ?? null,
        });
      }
      const sorted: HolidayRange[] = [...draft.holidays].sort((a, b) => a.from.localeCompare(b.from));
      const row = existing ?? tx.create(CalendarYear, { id: newId(), year, holidays: sorted, makeUpDays: [], notice: draft.notice, enteredBy: '', enteredAt: now });
      Object.assign(row, {
        holidays: sorted,
        makeUpDays: [...draft.makeUpDays].sort(),
        notice: draft.notice,
        enteredBy: identity.displayName ?? identity.username,
        enteredById: identity.userId ?? null,
        enteredAt: now,
      });
      await tx.flush();
      const rows = await tx.find(CalendarYear, {}, { orderBy: { year: 'asc' } });
      const calendar = calendarWith(rows.map(toEnteredYear));
      // A year the package has stays answered by the package (issue 7 item 9): entering it changes no deadline.
      const recomputed = yearBasis(year, calendar).source === 'PACKAGE' ? [] : await recountProvisional(tx, identity, now, calendar, {
        years: new Set([year]),
        text: () => `国务院办公厅（${row.notice}）公布${year}年节假日安排`,
      });
      await tx.flush();
      return { view: view(year, row, calendar), recomputed, rows };
    });
    installEnteredYears(result.rows.map(toEnteredYear));
    installedKey = null; // the next command re-checks the table (another replica may have written too)
    return { view: result.view, recomputed: result.recomputed };
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) {
      throw new DomainError(ErrorCode.CONCURRENT_MODIFICATION, `${year} 年的节假日安排刚被他人录入，请刷新后重试`, { field: 'year' });
    }
    throw e;
  }
}

/**
 * What made years final, for the history entries of a recount: the years, and the cause in words for the
 * years a deadline read (e.g. `国务院办公厅（国办发明电〔2026〕N号）公布2027年节假日安排`).
 */
interface RecountCause {
  years: ReadonlySet<number>;
  text(yearsRead: number[]): string;
}

const reasonFor = (cause: string, what: string, before: string, after: string, d: Deadline) =>
  `${cause}，重新计算期限：${what} ${before} → ${after}${d.provisional ? '（仍涉及未公布年度，继续暂定）' : ''}`;

/** Every stored provisional deadline whose recount on `calendar` changes because of `cause` (see `yearsMadeFinal`). */
async function recountProvisional(tx: EntityManager, actor: Identity, now: Date, calendar: CalendarSource, cause: RecountCause): Promise<RecomputedDeadline[]> {
  return [
    ...(await recomputeCertificateReviews(tx, actor, now, calendar, cause)),
    ...(await recomputeChangeReports(tx, actor, now, calendar, cause)),
  ];
}

/**
 * The 年审 due date in force of each certificate, when it is provisional: recounted on the new calendar and
 * recorded as a DEADLINE_RECOMPUTED history entry (actor, time, reason, old → new date). Superseded entries
 * stay as they were — history is append-only.
 */
async function recomputeCertificateReviews(tx: EntityManager, actor: Identity, now: Date, calendar: CalendarSource, cause: RecountCause): Promise<RecomputedDeadline[]> {
  const candidates = await tx.find(CertificateEvent, { provisional: true, reviewDueOn: { $ne: null } }, { fields: ['certificateId'] });
  const ids = [...new Set(candidates.map((c) => c.certificateId))].sort();
  if (!ids.length) return [];
  const events = await tx.find(CertificateEvent, { certificateId: { $in: ids } }, { orderBy: { effectiveFrom: 'asc', recordedAt: 'asc', seq: 'asc' } });
  const due: { id: string; entry: CertificateEvent; d: Deadline; read: number[] }[] = [];
  for (const id of ids) {
    const history = events.filter((e) => e.certificateId === id);
    const latestFrom = Math.max(now.getTime(), ...history.map((e) => e.effectiveFrom.getTime()));
    const entry = reviewEntryAt(history, new Date(latestFrom)) as CertificateEvent | undefined;
    if (!entry?.provisional || !entry.period || !entry.reviewDueOn) continue;
    const d = computeDeadline(entry.period, calendar);
    const read = yearsMadeFinal({ due: entry.reviewDueOn, provisional: entry.provisional }, d, cause.years);
    if (read.length) due.push({ id, entry, d, read });
  }
  if (!due.length) return [];
  // only the certificates whose deadline changes are locked and bumped (clerks with the others open go on)
  const certs = await tx.find(Certificate, { id: { $in: due.map((x) => x.id) } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
  const out: RecomputedDeadline[] = [];
  for (const cert of certs) {
    const { entry, d, read } = due.find((x) => x.id === cert.id)!;
    const before = entry.reviewDueOn!;
    tx.create(CertificateEvent, {
      id: newId(),
      certificateId: cert.id,
      kind: CertificateEventKind.DEADLINE_RECOMPUTED,
      // in force from now, or with the entry it recounts if that takes effect later; it supersedes that entry
      effectiveFrom: new Date(Math.max(now.getTime(), entry.effectiveFrom.getTime())),
      reviewDueOn: d.due,
      provisional: d.provisional,
      period: entry.period,
      rule: entry.rule,
      targetEventId: entry.id,
      reason: reasonFor(cause.text(read), '年审截止日', before, d.due, d),
      basis: `民法典 第二百零一条至第二百零三条；节假日安排 ${calendarBasisText(d)}`,
      actorId: actor.userId ?? null,
      actorName: actor.displayName ?? actor.username,
      recordedAt: now,
    });
    out.push({ kind: 'CERTIFICATE_REVIEW', recordId: cert.id, before, after: d.due, provisional: d.provisional });
  }
  // A change of history is a change of the certificate: its version goes up even when the clock stands still
  // (setting updatedAt to the same instant would not), so a clerk with it open sees CONCURRENT_MODIFICATION.
  await tx.getConnection().execute(
    `update "${SCHEMA}"."certificate" set version = version + 1, updated_at = greatest(updated_at, ?) where id in (${certs.map(() => '?').join(', ')})`,
    [now, ...certs.map((c) => c.id)], 'run', tx.getTransactionContext(),
  );
  return out;
}

/** Provisional report deadlines of employment changes (004 第十一条): updated in place, with a change-log entry. */
async function recomputeChangeReports(tx: EntityManager, actor: Identity, now: Date, calendar: CalendarSource, cause: RecountCause): Promise<RecomputedDeadline[]> {
  const changes = await tx.find(EmploymentChange, { provisional: true }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
  const out: RecomputedDeadline[] = [];
  for (const c of changes) {
    if (!c.period) continue;
    const d = computeDeadline(c.period as StoredPeriod, calendar);
    const read = yearsMadeFinal({ due: c.reportDueOn, provisional: c.provisional }, d, cause.years);
    if (!read.length) continue;
    const before = { reportDueOn: c.reportDueOn, provisional: c.provisional, late: c.late };
    c.reportDueOn = d.due;
    c.provisional = d.provisional;
    c.late = isLateReport(c.reportedOn, d.due);
    const changes: { field: string; before: string; after: string }[] = (['reportDueOn', 'provisional', 'late'] as const)
      .filter((f) => String(before[f]) !== String(c[f]))
      .map((f) => ({ field: f, before: String(before[f]), after: String(c[f]) }));
    changes.push({ field: 'reason', before: '', after: reasonFor(cause.text(read), '报送截止日', before.reportDueOn, d.due, d) });
    logChange(tx, actor, now, 'EmploymentChange', c.id, '重新计算期限', changes);
    out.push({ kind: 'EMPLOYMENT_CHANGE_REPORT', recordId: c.id, before: before.reportDueOn, after: d.due, provisional: d.provisional });
  }
  return out;
}

/** Who recounts deadlines for a newer package: the system, not a person (history shows it so). */
const SYSTEM_ACTOR: Identity = Object.freeze({
  anonymous: false, userId: null, username: 'system', displayName: '系统', roles: [], agencyId: null, agencyPath: null, officerId: null,
}) as Identity;

export interface PackageRecount {
  /** The package in use, e.g. `chinese-days 1.6.0`. */
  label: string;
  /** Years it has that the package last recounted against lacked (every year on the first run). */
  newYears: number[];
  recomputed: RecomputedDeadline[];
}

/**
 * DESIGN "Statutory time": provisional deadlines are recomputed when a newer calendar is installed. Run once
 * per deploy by `migrate` (after the migrations): compares the installed package's years with the ones
 * recorded in `calendar_package` at the last run and recounts, as the system, every stored provisional
 * deadline whose result changes because it reads a newly covered year (reason e.g. `chinese-days 1.6.0
 * 收录2027年节假日安排，重新计算期限：…`), then records the package. Replicas running `migrate` at once are
 * serialized by the calendar's advisory lock (the same one `setCalendarYear` takes), and the second finds
 * nothing new. On the first run (nothing recorded) every package year counts as new; the recount writes
 * only where a result differs, so that is a no-op unless deadlines were stored on an older package.
 */
export async function recountForInstalledPackage(em: EntityManager, now: Date): Promise<PackageRecount> {
  const label = packageLabel();
  const name = label.split(' ')[0] || label;
  const years = packageYears();
  return em.transactional(async (tx) => {
    await tx.execute(CALENDAR_LOCK.replace('%s', ''));
    const row = await tx.findOne(CalendarPackage, { name }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const known = new Set(row?.years ?? []);
    const newYears = years.filter((y) => !known.has(y));
    let recomputed: RecomputedDeadline[] = [];
    if (newYears.length) {
      const entered = await tx.find(CalendarYear, {}, { orderBy: { year: 'asc' } });
      recomputed = await recountProvisional(tx, SYSTEM_ACTOR, now, calendarWith(entered.map(toEnteredYear)), {
        years: new Set(newYears),
        text: (read) => `${label} 收录${read.join('、')}年节假日安排`,
      });
    }
    if (!row) tx.create(CalendarPackage, { name, label, years, recountedAt: now });
    else if (newYears.length || row.label !== label || JSON.stringify(row.years) !== JSON.stringify(years)) Object.assign(row, { label, years, recountedAt: now });
    await tx.flush();
    return { label, newYears, recomputed };
  });
}
