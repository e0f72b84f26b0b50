/**
 * Officer commands: create, edit (with optimistic version), employment changes (004 第十一条), and the
 * recorded unmasking of the ID number.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  checkId, computeDeadline, lockForEdit, maskIdNumber, DomainError, ErrorCode, forbidden, hasRole, InputProblems, isAfter, isLocalDate, isUuid, newId, notFound, requireRole, toLocalDate,
  type Clock, type Identity,
} from '@jiandu/kit';
import { Agency } from '../agencies/agency.entity.js';
import { canKeepRecordsOf } from '../access/access.rules.js';
import { diff, logChange } from '@jiandu/kit';
import { cancelForDeparture } from '../certificates/certificate.actions.js';
import { policyFor } from '../policies/policy.service.js';
import { syncCalendar } from '../calendar/calendar-year.service.js';
import { PolicyKey, ruleText } from '../policies/policy.rules.js';
import { EmploymentChange } from './employment-change.entity.js';
import { EmploymentStatus, Officer } from './officer.entity.js';
import type { EmploymentChangeInput, OfficerInput } from './officer.actions.inputs.js';
import { isLateReport, isValidIdNumber, leavesEnforcement } from './officer.rules.js';

/** The change log never holds a full ID number. */
export const ID_MASK = { idNumber: (v: unknown) => maskIdNumber(v as string | null) };

/** Who keeps officer records: the agency's administrators (in their subtree) and the certificate administrators. */
const KEEPERS = ['AGENCY_ADMIN', 'CERT_ADMIN', 'SYSTEM_ADMIN'] as const;

async function agencyInScope(em: EntityManager, identity: Identity, agencyId: string): Promise<Agency> {
  if (!isUuid(agencyId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请选择所属执法主体', { field: 'agencyId' });
  const agency = await em.findOne(Agency, { id: agencyId });
  if (!agency || !canKeepRecordsOf(identity, agency)) throw new DomainError(ErrorCode.FORBIDDEN, '只能在本单位及下级单位登记执法人员', { field: 'agencyId' });
  return agency;
}

/** The problems of a profile (all at once) and the cleaned data. */
export function checkOfficer(input: OfficerInput, p = new InputProblems()) {
  const name = input.name?.trim() ?? '';
  p.check(name.length > 0 && name.length <= 50, 'name', '请填写姓名（不超过 50 字）');
  const idNumber = input.idNumber?.trim().toUpperCase() || null;
  if (idNumber) p.check(isValidIdNumber(idNumber), 'idNumber', '身份证号不正确（应为 18 位，校验位需正确）');
  p.check(!!input.region?.trim(), 'region', '请填写执法区域');
  const fields = (input.fields ?? []).map((f) => f.trim()).filter(Boolean);
  p.check(fields.length > 0, 'fields', '请至少填写一个执法领域');
  p.check((input.duties ?? []).length > 0, 'duties', '请至少选择一项岗位职责');
  return {
    name,
    idNumber,
    post: input.post?.trim() || null,
    region: input.region?.trim() ?? '',
    fields: [...new Set(fields)],
    duties: [...new Set(input.duties)],
    legalProfessionQualification: input.legalProfessionQualification,
  };
}

function validate(input: OfficerInput) {
  const p = new InputProblems();
  const data = checkOfficer(input, p);
  p.throwIfAny();
  return data;
}

export async function createOfficer(em: EntityManager, identity: Identity, clock: Clock, input: OfficerInput): Promise<Officer> {
  requireRole(identity, ...KEEPERS);
  const data = validate(input);
  return em.transactional(async (tx) => {
    const agency = await agencyInScope(tx, identity, input.agencyId);
    const now = clock.now();
    const officer = tx.create(Officer, { id: newId(), ...data, agencyId: agency.id, createdAt: now, updatedAt: now });
    logCreated(tx, identity, now, officer);
    await tx.flush();
    return officer;
  });
}

/** The 新建 entry of an officer's change log (every field as entered, the ID number masked). */
export function logCreated(tx: EntityManager, identity: Identity, at: Date, officer: Officer): void {
  const { name, idNumber, post, region, fields, duties, legalProfessionQualification, agencyId } = officer;
  logChange(tx, identity, at, 'Officer', officer.id, '新建', diff({}, { name, idNumber, post, region, fields, duties, legalProfessionQualification, agencyId }, ID_MASK));
}

function lockOfficer(tx: EntityManager, identity: Identity, id: string, version: number): Promise<Officer> {
  return lockForEdit(tx, Officer, id, version, {
    what: '执法人员',
    logAs: 'Officer',
    label: (o) => o.name,
    visible: async (o) => canKeepRecordsOf(identity, await tx.findOneOrFail(Agency, { id: o.agencyId })),
  });
}

/** Edits a profile; the caller sends the version he saw, so a concurrent edit is detected, not lost. */
export async function updateOfficer(em: EntityManager, identity: Identity, clock: Clock, id: string, expectedVersion: number, input: OfficerInput): Promise<Officer> {
  requireRole(identity, ...KEEPERS);
  const data = validate(input);
  return em.transactional(async (tx) => {
    const officer = await lockOfficer(tx, identity, id, expectedVersion);
    const agency = await agencyInScope(tx, identity, input.agencyId);
    // The full number is never sent back to the form: an edit that leaves it out keeps the stored one.
    const next = { ...data, idNumber: input.idNumber == null ? officer.idNumber : data.idNumber, agencyId: agency.id };
    const changes = diff(officer as unknown as Record<string, unknown>, next, ID_MASK);
    Object.assign(officer, next, { updatedAt: clock.now() });
    logChange(tx, identity, officer.updatedAt, 'Officer', officer.id, '修改', changes);
    await tx.flush();
    return officer;
  });
}

/**
 * 004 第十一条: records a dated employment change with its report deadline (10 days, policy) and a late
 * flag; leaving the enforcement post cancels the officer's certificates from that day.
 */
export async function recordEmploymentChange(em: EntityManager, identity: Identity, clock: Clock, id: string, expectedVersion: number, input: EmploymentChangeInput) {
  requireRole(identity, ...KEEPERS);
  const now = clock.now();
  const today = toLocalDate(now);
  const p = new InputProblems();
  p.check(isLocalDate(input.effectiveOn), 'effectiveOn', '变动日期格式应为 YYYY-MM-DD');
  if (isLocalDate(input.effectiveOn)) p.check(!isAfter(input.effectiveOn, today), 'effectiveOn', '变动日期不能晚于今天（变动发生后再登记）');
  p.throwIfAny();
  return em.transactional(async (tx) => {
    await syncCalendar(tx); // the deadline is counted on the holiday arrangements entered so far
    const officer = await lockOfficer(tx, identity, id, expectedVersion);
    if (officer.employmentStatus === input.toStatus) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '变动后状态与当前状态相同', { field: 'toStatus' });
    const agency = await tx.findOneOrFail(Agency, { id: officer.agencyId });
    const days = await policyFor(tx, agency, PolicyKey.CHANGE_REPORT_DAYS);
    const due = computeDeadline({ start: input.effectiveOn, amount: days.value, unit: 'NATURAL_DAYS' });
    const change = tx.create(EmploymentChange, {
      id: newId(),
      officerId: officer.id,
      fromStatus: officer.employmentStatus,
      toStatus: input.toStatus,
      effectiveOn: input.effectiveOn,
      reportDueOn: due.due,
      provisional: due.provisional,
      period: { start: due.start, amount: due.amount, unit: due.unit },
      rule: ruleText(days),
      reportedOn: today,
      late: isLateReport(today, due.due),
      reason: input.reason?.trim() || null,
      recordedBy: identity.displayName ?? identity.username,
      recordedAt: now,
    });
    logChange(tx, identity, now, 'Officer', officer.id, '登记人员变动', diff({ employmentStatus: officer.employmentStatus }, { employmentStatus: input.toStatus }));
    officer.employmentStatus = input.toStatus;
    officer.updatedAt = now;
    if (leavesEnforcement(input.toStatus)) {
      const label = input.toStatus === EmploymentStatus.LEFT ? '离职' : '调离执法岗位';
      await cancelForDeparture(tx, identity, now, officer.id, input.effectiveOn, `${label}（${input.effectiveOn}）${input.reason?.trim() ? `：${input.reason.trim()}` : ''}`);
    }
    await tx.flush();
    return { officer, change };
  });
}
