import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  addDays, badInput, checkId, commonConditions, DomainError, diff, ErrorCode, findPage, forbidden, isLocalDate, logChange, newId, notFound, requireRole,
  sortOf, SortDirection, startOfLocalDate, toLocalDate, type Clock, type Identity, type PageArgs,
} from '@jiandu/kit';
import { Complaint, ComplaintStatus } from './complaint.entity.js';
import { ComplaintOrderField, type ComplaintFilter, type ComplaintList, type ComplaintOrder, type CreateComplaintInput } from './complaint.inputs.js';
import { checkComplaint, complainantIdentity, complaintNumber, OPEN_STATUSES } from './complaint.rules.js';
import { SCHEMA } from '../orm.js';
import { complaintVisibility, mayTakeComplaintAbout } from './complaint.scope.js';
import { complainantReadersWhere } from './complaint.access.js';
import { complainantFingerprint } from './complaint.fingerprint.js';
import { checkLinkedCase, COMPLAINT_LOG, COMPLAINT_LOG_MASKS, complaintSnapshot, recordStep } from './complaint-workflow.service.js';
import { ComplaintStepKind } from './complaint-step.entity.js';
import { maySupervise } from '../access/supervision.access.js';
import type { PersonnelDirectory } from './complaint.personnel.js';
import type { CasesDirectory } from '../external/cases.client.js';

const ORDER_COLUMN: Record<ComplaintOrderField, keyof Complaint & string> = { RECEIVED_AT: 'receivedAt', NUMBER: 'number', STATUS: 'status' };

/** A date bound of the list (YYYY-MM-DD, China time), or BAD_USER_INPUT naming the filter field. */
function dateBound(value: string, field: string): string {
  if (!isLocalDate(value)) throw badInput('日期格式应为 YYYY-MM-DD', field);
  return value;
}

/**
 * Whether the complainant of a complaint also complained in another one the caller can read in full: the
 * complaints whose fingerprint occurs at least twice among `readers` (one grouped subquery, no list of ids).
 */
function repeatedFingerprints(em: EntityManager, readers: FilterQuery<Complaint>): FilterQuery<Complaint> {
  const qb = em
    .createQueryBuilder(Complaint, 'r')
    .select('complainantFingerprint' as never)
    .where({ $and: [readers, { complainantFingerprint: { $ne: null } }] } as never)
    .groupBy('complainantFingerprint' as never)
    .having('count(*) > 1');
  const sql = qb.getQuery();
  const params = qb.getParams();
  return { [raw((alias: string) => `${alias}.complainant_fingerprint in (${sql})`, params as unknown[])]: [] } as FilterQuery<Complaint>;
}

export async function listComplaints(
  em: EntityManager,
  identity: Identity,
  filter: ComplaintFilter | null | undefined,
  order: ComplaintOrder | null | undefined,
  page: PageArgs,
): Promise<ComplaintList> {
  requireRole(identity);
  const visible = complaintVisibility(identity);
  if (!visible) throw forbidden('您没有查看投诉举报的权限');
  // The search never looks at the complainant: a masked reader could otherwise find out who complained by guessing.
  const and: FilterQuery<Complaint>[] = [visible, ...commonConditions<Complaint>(filter, (like) => ({ $or: [{ number: { $ilike: like } }, { content: { $ilike: like } }] }))];
  if (filter?.status) and.push({ status: filter.status });
  if (filter?.open != null) and.push({ status: filter.open ? { $in: [...OPEN_STATUSES] } : { $nin: [...OPEN_STATUSES] } });
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.officerId) and.push({ officerId: checkId(filter.officerId, '执法人员') });
  if (filter?.caseId) and.push({ caseId: checkId(filter.caseId, '案件') });
  if (filter?.handlerId) and.push({ handlerId: checkId(filter.handlerId, '承办人') });
  if (filter?.receivedFrom) and.push({ receivedAt: { $gte: startOfLocalDate(dateBound(filter.receivedFrom, 'receivedFrom')) } });
  if (filter?.receivedTo) and.push({ receivedAt: { $lt: startOfLocalDate(addDays(dateBound(filter.receivedTo, 'receivedTo'), 1)) } });
  if (filter?.repeatOnly || filter?.sameComplainantAs) {
    // Linking complaints by their complainant is for those who may read him (complaint.access.ts).
    const readers = complainantReadersWhere(identity);
    if (!readers) throw forbidden('只有负责办理的执法监督人员可以按投诉人查找投诉举报（投诉人信息受保护）');
    and.push(readers);
    if (filter.repeatOnly) and.push(repeatedFingerprints(em, readers));
    if (filter.sameComplainantAs) {
      const id = checkId(filter.sameComplainantAs, '投诉');
      const ref = await em.findOne(Complaint, { $and: [{ id }, visible] });
      if (!ref) throw notFound('投诉', id);
      if (!(await maySupervise(em, identity, ref.agencyId))) throw forbidden('只有负责办理的执法监督人员可以按投诉人查找投诉举报（投诉人信息受保护）');
      and.push(ref.complainantFingerprint ? { complainantFingerprint: ref.complainantFingerprint, id: { $ne: ref.id } } : { id: { $in: [] } });
    }
  }
  return findPage(em, Complaint, and, sortOf(ORDER_COLUMN, order, ComplaintOrderField.RECEIVED_AT, SortDirection.DESC), page);
}

export async function getComplaint(em: EntityManager, identity: Identity, id: string): Promise<Complaint> {
  requireRole(identity);
  checkId(id, '投诉');
  const visible = complaintVisibility(identity);
  const c = visible ? await em.findOne(Complaint, { $and: [{ id }, visible] }) : null;
  if (!c) throw notFound('投诉', id);
  return c;
}

/**
 * Registers a complaint (004 第八条). Supervisors take complaints (DESIGN "Who uses it"). The agency and officer are
 * checked with personnel, a named case with cases (both with the caller's token, failing closed); the complainant's
 * fingerprint is computed from his phone or e-mail (complaint.fingerprint.ts).
 */
export async function createComplaint(
  em: EntityManager,
  identity: Identity,
  clock: Clock,
  input: CreateComplaintInput,
  personnel: PersonnelDirectory,
  cases: CasesDirectory,
): Promise<Complaint> {
  requireRole(identity, 'SUPERVISOR');
  const now = clock.now();
  const { content, name, phone, address, email, receivedAt } = checkComplaint(input, now);
  if (!(await mayTakeComplaintAbout(em, identity, input.agencyId))) {
    throw new DomainError(ErrorCode.FORBIDDEN, '只能登记针对本单位及下级执法主体的投诉举报', { field: 'agencyId' });
  }
  // The agency exists and is in scope, the officer is one of its own — asked of personnel, fail closed.
  await personnel.checkComplaintTarget(input.agencyId, input.officerId ?? null);
  const linked = input.caseId ? await checkLinkedCase(em, cases, input.agencyId, input.caseId) : null;
  const fingerprint = complainantFingerprint(complainantIdentity({ phone, email }));

  return em.transactional(async (tx) => {
    const year = Number(toLocalDate(receivedAt).slice(0, 4));
    const [row] = await tx
      .getConnection()
      .execute<{ last: number }[]>(
        `insert into ${SCHEMA}.complaint_counter (year, last) values (?, 1) on conflict (year) do update set last = ${SCHEMA}.complaint_counter.last + 1 returning last`,
        [year],
        'all',
        tx.getTransactionContext(),
      );
    const complaint = tx.create(Complaint, {
      id: newId(),
      number: complaintNumber(year, row!.last),
      channel: input.channel,
      anonymous: input.anonymous,
      complainantName: name,
      complainantPhone: phone,
      complainantAddress: address,
      complainantEmail: email,
      complainantFingerprint: fingerprint,
      agencyId: input.agencyId,
      officerId: input.officerId ?? null,
      caseId: linked?.id ?? null,
      content,
      status: ComplaintStatus.RECEIVED,
      receivedAt,
      registeredBy: identity.displayName ?? identity.username,
      registeredById: identity.userId,
      createdAt: now,
      updatedAt: now,
    });
    logChange(tx, identity, now, COMPLAINT_LOG, complaint.id, '登记', diff({}, complaintSnapshot(complaint), COMPLAINT_LOG_MASKS));
    recordStep(tx, identity, now, complaint, ComplaintStepKind.REGISTERED, { complaintVersion: 0, caseId: linked?.id ?? null, caseNumber: linked?.number ?? null });
    await tx.flush();
    return complaint;
  });
}
