/**
 * The certificate lifecycle (DESIGN "Personnel and credentials"): 核发, 换发, 年审, 暂扣, 提前恢复, 吊销, 注销, 收回.
 * Each command: load and lock → rules (certificate.rules.ts) → one history entry with actor, reason and
 * basis → flush. The row lock makes concurrent commands on one certificate take turns, so two
 * simultaneous suspensions cannot both pass the overlap check; `version` (required) detects an edit based on
 * a stale view.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays, checkId, DomainError, lockForEdit, ErrorCode, InputProblems, isAfter, isBefore, isLocalDate, newId, notFound, requireRole, startOfLocalDate, toLocalDate,
  type Clock, type Identity, type LocalDate,
} from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { canReadCertificate } from '../access/access.rules.js';
import { Officer, EmploymentStatus } from '../officers/officer.entity.js';
import { QualificationExam, TrainingRecord } from '../training/training.entity.js';
import { policyFor } from '../policies/policy.service.js';
import { syncCalendar } from '../calendar/calendar-year.service.js';
import { PolicyKey, ruleText } from '../policies/policy.rules.js';
import { Certificate, CertificateKind } from './certificate.entity.js';
import { loadHistories, statusesAt } from './certificate.history.js';
import { CertificateEvent, CertificateEventKind, SuspensionGround } from './certificate-event.entity.js';
import {
  checkEnd, checkLift, checkRecover, checkRenew, checkReview, checkSuspend, isEnded, isOpen, missingForIssue, nextReviewDue, suspensionPeriod, validityEnd,
} from './certificate.rules.js';

const actor = (identity: Identity) => ({ actorId: identity.userId, actorName: identity.displayName ?? identity.username });
const NUMBER = /^[0-9A-Za-z-]{6,32}$/;

function requireText(p: InputProblems, value: string | null | undefined, field: string, what: string, max = 500): string {
  const v = value?.trim() ?? '';
  p.check(v.length > 0, field, `请填写${what}`);
  p.check(v.length <= max, field, `${what}不能超过 ${max} 字`);
  return v;
}

function requireDate(p: InputProblems, value: string | null | undefined, field: string, what: string): LocalDate {
  const ok = !!value && isLocalDate(value);
  p.check(ok, field, `${what}格式应为 YYYY-MM-DD`);
  return value ?? '';
}

/** Locks the certificate row for this transaction and loads what the rules need. */
async function load(tx: EntityManager, id: string, version: number) {
  const cert = await lockForEdit(tx, Certificate, id, version, { what: '证件', label: (c) => c.number });
  const history = (await loadHistories(tx, [id])).get(id)!;
  const officer = await tx.findOneOrFail(Officer, { id: cert.officerId });
  const agency = await tx.findOneOrFail(Agency, { id: officer.agencyId });
  return { cert, history, officer, agency };
}

function record(tx: EntityManager, cert: Certificate, now: Date, identity: Identity, e: Partial<CertificateEvent> & Pick<CertificateEvent, 'kind' | 'effectiveFrom'>): CertificateEvent {
  cert.updatedAt = now; // bumps the version: every change of history is a change of the certificate
  return tx.create(CertificateEvent, { id: newId(), certificateId: cert.id, recordedAt: now, ...actor(identity), ...e });
}

async function command<T>(em: EntityManager, identity: Identity, fn: (tx: EntityManager) => Promise<T>): Promise<T> {
  requireRole(identity, 'CERT_ADMIN');
  return em.transactional(async (tx) => {
    await syncCalendar(tx); // deadlines are counted on the holiday arrangements entered so far
    return fn(tx);
  });
}

export interface IssueInput {
  officerId: string;
  number: string;
  kind: CertificateKind;
  fields?: string[] | null;
  region?: string | null;
  issuedOn?: string | null;
}

/**
 * 核发: only after a passed qualification exam (003 第4条: 未经执法资格考试合格，不得授予行政执法证件) and the
 * required training (003 第3条: 60 学时 a year, counted over the 12 months before issue), to an officer on
 * duty of an agency whose 主体资格 is confirmed (004 第十条: 未经认定行政执法主体资格的单位，不得行使行政执法权).
 */
export async function issueCertificate(em: EntityManager, identity: Identity, clock: Clock, input: IssueInput): Promise<Certificate> {
  return command(em, identity, async (tx) => {
    const now = clock.now();
    const today = toLocalDate(now);
    const p = new InputProblems();
    const number = input.number?.trim() ?? '';
    p.check(NUMBER.test(number), 'number', '证件号应为 6–32 位数字或字母');
    const issuedOn = input.issuedOn ? requireDate(p, input.issuedOn, 'issuedOn', '发证日期') : today;
    if (isLocalDate(issuedOn)) p.check(!isAfter(issuedOn, today), 'issuedOn', '发证日期不能晚于今天');
    p.check(!!input.officerId && /^[0-9a-f-]{36}$/i.test(input.officerId), 'officerId', '请选择持证人');
    p.throwIfAny();

    const officer = await tx.findOne(Officer, { id: input.officerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!officer) throw notFound('执法人员', input.officerId);
    const agency = await tx.findOneOrFail(Agency, { id: officer.agencyId });
    const exams = await tx.find(QualificationExam, { officerId: officer.id, passed: true, examOn: { $lte: issuedOn } });
    const required = await policyFor(tx, agency, PolicyKey.TRAINING_HOURS_PER_YEAR);
    const trainings = await tx.find(TrainingRecord, { officerId: officer.id, trainedOn: { $gt: addDays(issuedOn, -365), $lte: issuedOn } });
    const hours = trainings.reduce((s, t) => s + t.hours, 0);
    const missing = missingForIssue({
      agencyName: agency.name,
      agencyConfirmed: !!agency.qualificationConfirmedAt,
      onDuty: officer.employmentStatus === EmploymentStatus.ON_DUTY,
      passedExams: exams.length,
      trainingHours: hours,
      requiredHours: required.value,
      requiredHoursSource: required.source,
    });
    if (missing.length) throw new DomainError(ErrorCode.PRECONDITION_FAILED, `不能核发：${missing.join('；')}`, { missing });

    const others = await tx.find(Certificate, { officerId: officer.id, kind: input.kind });
    const statuses = await statusesAt(tx, others, now);
    const open = others.find((c) => isOpen(statuses.get(c.id)!));
    if (open) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, `该人员已持有未注销的同类证件 ${open.number}，请办理换发`, { existing: open.id });
    const validity = await policyFor(tx, agency, PolicyKey.CERTIFICATE_VALIDITY_YEARS);
    const cycle = await policyFor(tx, agency, PolicyKey.REVIEW_CYCLE_MONTHS);
    const validUntil = validityEnd(issuedOn, validity.value);
    const review = nextReviewDue(issuedOn, cycle.value);
    const cert = tx.create(Certificate, {
      id: newId(),
      number,
      kind: input.kind,
      officerId: officer.id,
      fields: input.fields?.length ? input.fields.map((f) => f.trim()).filter(Boolean) : officer.fields,
      region: input.region?.trim() || officer.region,
      issuedOn,
      validUntil,
      createdAt: now,
      updatedAt: now,
    });
    record(tx, cert, now, identity, {
      kind: CertificateEventKind.ISSUED,
      effectiveFrom: startOfLocalDate(issuedOn),
      validUntilAfter: validUntil,
      reviewDueOn: review.due,
      provisional: review.provisional,
      period: { start: review.start, amount: review.amount, unit: review.unit },
      reason: `考试合格（${exams[0]!.examName}，${exams[0]!.examOn}），培训 ${hours} 学时`,
      basis: '003 第4条；004 第十一条',
      rule: `${ruleText(validity)}；${ruleText(cycle)}`,
    });
    await tx.flush();
    return cert;
  });
}

/** 换发: a new validity period from the renewal day (policy), optionally a new number; the next 年审 one cycle on. */
export async function renewCertificate(em: EntityManager, identity: Identity, clock: Clock, id: string, version: number, newNumber: string | null | undefined, reason: string | null | undefined): Promise<Certificate> {
  return command(em, identity, async (tx) => {
    const now = clock.now();
    const { cert, history, agency } = await load(tx, id, version);
    checkRenew(cert, history, now);
    const p = new InputProblems();
    const why = requireText(p, reason, 'reason', '换发事由');
    if (newNumber?.trim()) p.check(NUMBER.test(newNumber.trim()), 'number', '证件号应为 6–32 位数字或字母');
    p.throwIfAny();
    const today = toLocalDate(now);
    const validity = await policyFor(tx, agency, PolicyKey.CERTIFICATE_VALIDITY_YEARS);
    const cycle = await policyFor(tx, agency, PolicyKey.REVIEW_CYCLE_MONTHS);
    const validUntil = validityEnd(today, validity.value);
    const review = nextReviewDue(today, cycle.value);
    const oldNumber = cert.number;
    if (newNumber?.trim()) cert.number = newNumber.trim();
    cert.validUntil = validUntil;
    record(tx, cert, now, identity, {
      kind: CertificateEventKind.RENEWED,
      effectiveFrom: now,
      validUntilAfter: validUntil,
      reviewDueOn: review.due,
      provisional: review.provisional,
      period: { start: review.start, amount: review.amount, unit: review.unit },
      reason: newNumber?.trim() ? `${why}（原证号 ${oldNumber}）` : why,
      basis: '行政执法证件管理办法：换发',
      rule: `${ruleText(validity)}；${ruleText(cycle)}`,
    });
    await tx.flush();
    return cert;
  });
}

/** 年审 passed: the next review is due one cycle later (policy REVIEW_CYCLE_MONTHS, natural months). */
export async function reviewCertificate(em: EntityManager, identity: Identity, clock: Clock, id: string, version: number, note: string | null | undefined): Promise<Certificate> {
  return command(em, identity, async (tx) => {
    const now = clock.now();
    const { cert, history, agency } = await load(tx, id, version);
    checkReview(cert, history, now);
    const cycle = await policyFor(tx, agency, PolicyKey.REVIEW_CYCLE_MONTHS);
    const review = nextReviewDue(toLocalDate(now), cycle.value);
    record(tx, cert, now, identity, {
      kind: CertificateEventKind.REVIEWED,
      effectiveFrom: now,
      reviewDueOn: review.due,
      provisional: review.provisional,
      period: { start: review.start, amount: review.amount, unit: review.unit },
      reason: note?.trim() || '年审合格',
      basis: '证件年审',
      rule: ruleText(cycle),
    });
    await tx.flush();
    return cert;
  });
}

export interface SuspendInput {
  ground: SuspensionGround;
  startsOn?: string | null;
  reason: string;
  basis?: string | null;
}

/**
 * 暂扣 (003 第4条: 暂扣行政执法证3个月 for acting outside one's field, lending the certificate or using it for
 * anything but enforcement; 004 第三十三条 sanctions). The length is the policy in force (default 3 months);
 * the entry keeps it, so a later policy change does not move this suspension's end.
 */
export async function suspendCertificate(em: EntityManager, identity: Identity, clock: Clock, id: string, version: number, input: SuspendInput): Promise<Certificate> {
  return command(em, identity, async (tx) => {
    const now = clock.now();
    const p = new InputProblems();
    const reason = requireText(p, input.reason, 'reason', '暂扣事实与理由');
    const startsOn = input.startsOn ? requireDate(p, input.startsOn, 'startsOn', '暂扣起始日') : toLocalDate(now);
    if (input.ground === SuspensionGround.SANCTION) requireText(p, input.basis, 'basis', '处理决定文号（依据）');
    p.throwIfAny();
    const { cert, history, agency } = await load(tx, id, version);
    const months = await policyFor(tx, agency, PolicyKey.SUSPENSION_MONTHS);
    const period = checkSuspend(cert, history, now, startsOn, months.value);
    record(tx, cert, now, identity, {
      kind: CertificateEventKind.SUSPENDED,
      effectiveFrom: period.startsAt,
      effectiveUntil: period.endsAt,
      endsOn: period.endsOn,
      ground: input.ground,
      reason,
      basis: input.basis?.trim() || (input.ground === SuspensionGround.SANCTION ? null : '003 第4条'),
      rule: ruleText(months),
    });
    await tx.flush();
    return cert;
  });
}

/**
 * What a suspension starting on `startsOn` would be: the dialog shows the end before anyone commits. Certificate
 * administrators (who suspend) and supervisors (who propose a 暂扣 sanction, 004 第三十三条, and are shown its period
 * before they confirm), for a certificate they may read.
 */
export async function previewSuspension(em: EntityManager, identity: Identity, id: string, startsOn: string) {
  requireRole(identity, 'CERT_ADMIN', 'SUPERVISOR');
  if (!isLocalDate(startsOn)) throw new DomainError(ErrorCode.BAD_USER_INPUT, '暂扣起始日格式应为 YYYY-MM-DD', { field: 'startsOn' });
  checkId(id, '证件');
  const cert = await em.findOne(Certificate, { id });
  if (!cert) throw notFound('证件', id);
  const officer = await em.findOneOrFail(Officer, { id: cert.officerId });
  const agency = await em.findOneOrFail(Agency, { id: officer.agencyId });
  if (!canReadCertificate(identity, agency)) throw notFound('证件', id);
  const months = await policyFor(em, agency, PolicyKey.SUSPENSION_MONTHS);
  const period = suspensionPeriod(startsOn, months.value);
  return { startsOn, endsOn: period.endsOn, months: months.value, rule: ruleText(months) };
}

/** 提前恢复: lifts the suspension in force, with a reason. */
export async function liftSuspension(em: EntityManager, identity: Identity, clock: Clock, id: string, version: number, reason: string): Promise<Certificate> {
  return command(em, identity, async (tx) => {
    const now = clock.now();
    const p = new InputProblems();
    const why = requireText(p, reason, 'reason', '提前恢复理由');
    p.throwIfAny();
    const { cert, history } = await load(tx, id, version);
    const s = checkLift(cert, history, now);
    record(tx, cert, now, identity, { kind: CertificateEventKind.SUSPENSION_LIFTED, effectiveFrom: now, targetEventId: s.id, reason: why, basis: '提前恢复' });
    await tx.flush();
    return cert;
  });
}

/** 吊销 (004 第三十三条) or 注销 (003 第4条 情节严重 注销并收回; 004 第十一条): final; the card is then recovered. */
export async function endCertificate(em: EntityManager, identity: Identity, clock: Clock, id: string, version: number, kind: 'REVOKED' | 'CANCELLED', reason: string, basis: string | null | undefined): Promise<Certificate> {
  return command(em, identity, async (tx) => {
    const now = clock.now();
    const p = new InputProblems();
    const why = requireText(p, reason, 'reason', kind === 'REVOKED' ? '吊销事实与理由' : '注销事由');
    const b = kind === 'REVOKED' ? requireText(p, basis, 'basis', '吊销依据（如 004 第三十三条 或处理决定文号）') : basis?.trim() || null;
    p.throwIfAny();
    const { cert, history } = await load(tx, id, version);
    checkEnd(cert, history, now, kind === 'REVOKED' ? '吊销' : '注销');
    record(tx, cert, now, identity, { kind: CertificateEventKind[kind], effectiveFrom: now, reason: why, basis: b });
    await tx.flush();
    return cert;
  });
}

/** 收回: records the physical recovery of a revoked or cancelled card, on a day not in the future. */
export async function recoverCertificate(em: EntityManager, identity: Identity, clock: Clock, id: string, version: number, recoveredOn: string | null | undefined, note: string | null | undefined): Promise<Certificate> {
  return command(em, identity, async (tx) => {
    const now = clock.now();
    const p = new InputProblems();
    const day = recoveredOn ? requireDate(p, recoveredOn, 'recoveredOn', '收回日期') : toLocalDate(now);
    if (isLocalDate(day)) p.check(!isAfter(day, toLocalDate(now)), 'recoveredOn', '收回日期不能晚于今天');
    p.throwIfAny();
    const { cert, history } = await load(tx, id, version);
    checkRecover(cert, history, now);
    const ended = history.find((e) => e.kind === CertificateEventKind.REVOKED || e.kind === CertificateEventKind.CANCELLED)!;
    if (isBefore(day, toLocalDate(ended.effectiveFrom))) throw new DomainError(ErrorCode.BAD_USER_INPUT, '收回日期不能早于吊销或注销日期', { field: 'recoveredOn' });
    record(tx, cert, now, identity, { kind: CertificateEventKind.RECOVERED, effectiveFrom: startOfLocalDate(day), reason: note?.trim() || '证件实物已收回', basis: '003 第4条；004 第十一条' });
    await tx.flush();
    return cert;
  });
}

/**
 * 004 第十一条: 行政执法人员调离行政执法岗位的，其行政执法证件应当予以收回并注销 — called by an employment change
 * inside its transaction; cancels every open certificate of the officer from the day he left the post.
 */
export async function cancelForDeparture(tx: EntityManager, identity: Identity, now: Date, officerId: string, leftOn: LocalDate, why: string): Promise<string[]> {
  const certs = await tx.find(Certificate, { officerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const statuses = await statusesAt(tx, certs, now);
  const cancelled: string[] = [];
  for (const cert of certs) {
    if (isEnded(statuses.get(cert.id)!)) continue;
    record(tx, cert, now, identity, {
      kind: CertificateEventKind.CANCELLED,
      effectiveFrom: startOfLocalDate(leftOn),
      reason: why,
      basis: '004 第十一条：调离行政执法岗位的，其行政执法证件应当予以收回并注销',
    });
    cancelled.push(cert.number);
  }
  return cancelled;
}
