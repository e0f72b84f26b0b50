import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  checkId, commonConditions, DomainError, ErrorCode, findPage, forbidden, hasRole, newId, notFound, requireRole, toLocalDate,
  type Clock, type Identity, type PageArgs, sortOf, SortDirection } from '@jiandu/kit';
import { Complaint, ComplaintStatus } from './complaint.entity.js';
import { ComplaintOrderField, type ComplaintFilter, type ComplaintList, type ComplaintOrder, type CreateComplaintInput } from './complaint.inputs.js';
import { checkComplaint, complaintNumber } from './complaint.rules.js';
import { SCHEMA } from '../orm.js';
import { complaintVisibility, mayTakeComplaintAbout } from './complaint.scope.js';
import type { PersonnelDirectory } from './complaint.personnel.js';

const ORDER_COLUMN: Record<ComplaintOrderField, keyof Complaint & string> = { RECEIVED_AT: 'receivedAt', NUMBER: 'number', STATUS: 'status' };

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
  const and: FilterQuery<Complaint>[] = [visible, ...commonConditions<Complaint>(filter, (like) => ({ $or: [{ number: { $ilike: like } }, { content: { $ilike: like } }] }))];
  if (filter?.status) and.push({ status: filter.status });
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.officerId) and.push({ officerId: checkId(filter.officerId, '执法人员') });
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

/** Registers a complaint (004 第八条). Supervisors take complaints (DESIGN "Who uses it"). */
export async function createComplaint(em: EntityManager, identity: Identity, clock: Clock, input: CreateComplaintInput, personnel: PersonnelDirectory): Promise<Complaint> {
  requireRole(identity, 'SUPERVISOR');
  const now = clock.now();
  const { content, name, phone, receivedAt } = checkComplaint(input, now);
  if (!(await mayTakeComplaintAbout(em, identity, input.agencyId))) {
    throw new DomainError(ErrorCode.FORBIDDEN, '只能登记针对本单位及下级执法主体的投诉举报', { field: 'agencyId' });
  }
  // The agency exists and is in scope, the officer is one of its own — asked of personnel, fail closed.
  await personnel.checkComplaintTarget(input.agencyId, input.officerId ?? null);

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
      agencyId: input.agencyId,
      officerId: input.officerId ?? null,
      content,
      status: ComplaintStatus.RECEIVED,
      receivedAt,
      registeredBy: identity.displayName ?? identity.username,
      registeredById: identity.userId,
      createdAt: now,
    });
    await tx.flush();
    return complaint;
  });
}
