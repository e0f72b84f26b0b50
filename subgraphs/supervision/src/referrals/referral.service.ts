/**
 * 移送 use cases (004 第三十一条): draft (what, to whom — the ids checked with personnel, cases and supervision's
 * own tables, failing closed), send (numbered in the issuing body's REFERRAL series inside the sending transaction),
 * record the 回执 and the reply. Supervisors of the agency's subtree act; the supervised body does not read what is
 * referred about it (a clue to a 监察机关 is not addressed to it), so agency administrators see no referrals.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  checkId, commonConditions, DomainError, ErrorCode, findPage, forbidden, hasRole, lockForEdit, logChange, newId, notFound, projectedSubtreeContains,
  requireRole, sortOf, SortDirection, toLocalDate, today, type Identity, type PageArgs,
} from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { changes } from '../onsite/onsite.changes.js';
import { SCHEMA } from '../orm.js';
import { mayReadSupervisionOf, requireSupervisorOf, supervisionVisibility } from '../access/supervision.access.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { complaintVisibility } from '../complaints/complaint.scope.js';
import { issuerOf, nextDocumentNumber } from '../documents/document.service.js';
import { SupervisionDocumentKind } from '../documents/document.rules.js';
import { Inspection } from '../inspections/inspection.entity.js';
import { Referral, ReferralStatus } from './referral.entity.js';
import { ReferralOrderField, type ReferralFilter, type ReferralInput, type ReferralList, type ReferralOrder, type ReferralReceiptInput, type ReferralReplyInput } from './referral.inputs.js';
import { checkReceipt, checkReferral, checkReply, checkSending, requireReferralStatus, type ReferralFields } from './referral.rules.js';

export const REFERRAL_LOG = 'Referral';
const WHAT = '移送';
const ORDER_COLUMN: Record<ReferralOrderField, keyof Referral & string> = { CREATED_AT: 'createdAt', SENT_ON: 'sentOn', STATUS: 'status' };

const snapshot = (r: Referral) => ({
  number: r.number, clueKind: r.clueKind, offence: r.offence, field: r.field, conduct: r.conduct, recipientKind: r.recipientKind, recipientName: r.recipientName,
  agencyId: r.agencyId, officerNames: r.officerNames, caseIds: r.caseIds, complaintIds: r.complaintIds, inspectionId: r.inspectionId,
  summary: r.summary, status: r.status, sentOn: r.sentOn, receivedOn: r.receivedOn, receivedBy: r.receivedBy, receiptNote: r.receiptNote, repliedOn: r.repliedOn,
  reply: r.reply,
});

const by = (identity: Identity) => identity.displayName ?? identity.username ?? '';

/** Who reads referrals: supervisors of the agency's subtree and the tree-wide administrators — not the supervised body. */
export function referralVisibility(identity: Identity): FilterQuery<Referral> | null {
  if (!hasRole(identity, 'SUPERVISOR', 'SYSTEM_ADMIN', 'CERT_ADMIN')) return null;
  return supervisionVisibility<Referral>(identity);
}

async function mayReadReferralOf(em: EntityManager, identity: Identity, agencyId: string): Promise<boolean> {
  return hasRole(identity, 'SUPERVISOR', 'SYSTEM_ADMIN', 'CERT_ADMIN') && mayReadSupervisionOf(em, identity, agencyId);
}

/** Everything a draft names, confirmed: the inspection and complaints here, the cases with cases, the agency and officers with personnel. */
async function confirm(ctx: SupervisionContext, f: ReferralFields): Promise<string[]> {
  const { em, identity } = ctx;
  if (f.inspectionId) {
    const i = await em.findOne(Inspection, { id: f.inspectionId }, { fields: ['agencyId'] });
    if (!i || !(await mayReadSupervisionOf(em, identity, i.agencyId))) throw new DomainError(ErrorCode.NOT_FOUND, `未找到现场监督（${f.inspectionId}）`, { field: 'inspectionId' });
  }
  if (f.complaintIds.length) {
    const visible = complaintVisibility(identity);
    const found = visible ? await em.find(Complaint, { $and: [{ id: { $in: f.complaintIds } }, visible] }, { fields: ['id'] }) : [];
    const missing = f.complaintIds.find((id) => !found.some((c) => c.id === id));
    if (missing) throw new DomainError(ErrorCode.NOT_FOUND, `未找到投诉举报（${missing}），或它不在您的管辖范围内`, { field: 'complaintIds', id: missing });
  }
  if (f.caseIds.length) await ctx.loaders.cases.find(f.caseIds);
  const { officers } = await ctx.loaders.onsite.referralDirectory.check(f.agencyId, f.officerIds);
  // 所涉行政执法人员 belong to the agency concerned or a unit below it.
  for (const o of officers) {
    if (!(await projectedSubtreeContains(em, SCHEMA, { agencyId: f.agencyId, agencyPath: null }, o.agencyId))) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${o.name}不属于所涉执法主体或其下级单位，请核对`, { field: 'officerIds', problems: [{ field: 'officerIds', message: `${o.name}不属于所涉执法主体或其下级单位，请核对` }] });
    }
  }
  return officers.map((o) => o.name);
}

/** Drafts a referral about an agency of the caller's subtree (004 第三十一条). */
export async function createReferral(ctx: SupervisionContext, input: ReferralInput): Promise<Referral> {
  requireRole(ctx.identity, 'SUPERVISOR');
  checkId(input.agencyId, '执法主体');
  await requireSupervisorOf(ctx.em, ctx.identity, input.agencyId, '移送该执法主体的问题线索');
  const fields = checkReferral(input);
  const officerNames = await confirm(ctx, fields);
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const r = tx.create(Referral, { id: newId(), ...fields, officerNames, status: ReferralStatus.DRAFT, createdBy: by(ctx.identity), createdById: ctx.identity.userId, createdAt: now, updatedAt: now });
    logChange(tx, ctx.identity, now, REFERRAL_LOG, r.id, '新建', changes({}, snapshot(r)));
    await tx.flush();
    return r;
  });
}

async function actable(ctx: SupervisionContext, id: string, what: string): Promise<Referral> {
  requireRole(ctx.identity, 'SUPERVISOR');
  checkId(id, WHAT);
  const r = await ctx.em.findOne(Referral, { id });
  if (!r || !(await mayReadReferralOf(ctx.em, ctx.identity, r.agencyId))) throw notFound(WHAT, id);
  await requireSupervisorOf(ctx.em, ctx.identity, r.agencyId, what);
  return r;
}

const lock = (tx: EntityManager, ctx: SupervisionContext, id: string, version: number) =>
  lockForEdit(tx, Referral, id, version, { what: WHAT, label: (x) => x.number ?? x.recipientName, logAs: REFERRAL_LOG, visible: (x) => mayReadReferralOf(tx, ctx.identity, x.agencyId) });

/** Changes a draft (nothing once it is sent). */
export async function updateReferral(ctx: SupervisionContext, id: string, version: number, input: ReferralInput): Promise<Referral> {
  const current = await actable(ctx, id, '修改移送');
  requireReferralStatus(current, [ReferralStatus.DRAFT], '修改');
  checkId(input.agencyId, '执法主体');
  await requireSupervisorOf(ctx.em, ctx.identity, input.agencyId, '移送该执法主体的问题线索');
  const fields = checkReferral(input);
  const officerNames = await confirm(ctx, fields);
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const r = await lock(tx, ctx, id, version);
    requireReferralStatus(r, [ReferralStatus.DRAFT], '修改');
    const before = snapshot(r);
    Object.assign(r, fields, { officerNames, updatedAt: now });
    logChange(tx, ctx.identity, now, REFERRAL_LOG, r.id, '修改', changes(before, snapshot(r)));
    await tx.flush();
    return r;
  });
}

/** 移送: the 问题线索移送函 gets the next number of the issuing body's REFERRAL series of the sending year. */
export async function sendReferral(ctx: SupervisionContext, id: string, version: number, sentOn: string): Promise<Referral> {
  await actable(ctx, id, '移送问题线索');
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const r = await lock(tx, ctx, id, version);
    requireReferralStatus(r, [ReferralStatus.DRAFT], '移送');
    const on = checkSending(sentOn, toLocalDate(r.createdAt), today(ctx.clock));
    const issuer = await issuerOf(tx, ctx.identity);
    const { number } = await nextDocumentNumber(tx, issuer, SupervisionDocumentKind.REFERRAL, Number(on.slice(0, 4)));
    const before = snapshot(r);
    Object.assign(r, { number, issuerId: issuer.id, issuerName: issuer.name, status: ReferralStatus.SENT, sentOn: on, sentAt: now, sentBy: by(ctx.identity), updatedAt: now });
    logChange(tx, ctx.identity, now, REFERRAL_LOG, r.id, '移送', changes(before, snapshot(r)));
    await tx.flush();
    return r;
  });
}

/** 回执: the receiving body acknowledged receipt. */
export async function recordReferralReceipt(ctx: SupervisionContext, id: string, version: number, input: ReferralReceiptInput): Promise<Referral> {
  await actable(ctx, id, '登记移送回执');
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const r = await lock(tx, ctx, id, version);
    requireReferralStatus(r, [ReferralStatus.SENT], '登记回执');
    const before = snapshot(r);
    Object.assign(r, checkReceipt(r, input, today(ctx.clock)), { status: ReferralStatus.ACKNOWLEDGED, updatedAt: now });
    logChange(tx, ctx.identity, now, REFERRAL_LOG, r.id, '登记回执', changes(before, snapshot(r)));
    await tx.flush();
    return r;
  });
}

/** The receiving body's reply (its handling or result), after its 回执. */
export async function recordReferralReply(ctx: SupervisionContext, id: string, version: number, input: ReferralReplyInput): Promise<Referral> {
  await actable(ctx, id, '登记处理反馈');
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const r = await lock(tx, ctx, id, version);
    requireReferralStatus(r, [ReferralStatus.ACKNOWLEDGED], '登记处理反馈');
    const before = snapshot(r);
    Object.assign(r, checkReply(r, input, today(ctx.clock)), { status: ReferralStatus.REPLIED, updatedAt: now });
    logChange(tx, ctx.identity, now, REFERRAL_LOG, r.id, '登记反馈', changes(before, snapshot(r)));
    await tx.flush();
    return r;
  });
}

export async function listReferrals(em: EntityManager, identity: Identity, filter: ReferralFilter | null | undefined, order: ReferralOrder | null | undefined, page: PageArgs): Promise<ReferralList> {
  requireRole(identity);
  const visible = referralVisibility(identity);
  if (!visible) throw forbidden('您没有查看问题线索移送的权限');
  const and: FilterQuery<Referral>[] = [
    visible,
    ...commonConditions<Referral>(filter, (like) => ({ $or: [{ number: { $ilike: like } }, { recipientName: { $ilike: like } }, { summary: { $ilike: like } }] })),
  ];
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.clueKind) and.push({ clueKind: filter.clueKind });
  if (filter?.recipientKind) and.push({ recipientKind: filter.recipientKind });
  if (filter?.status) and.push({ status: filter.status });
  if (filter?.inspectionId) and.push({ inspectionId: checkId(filter.inspectionId, '现场监督') });
  if (filter?.officerId) and.push({ officerIds: { $contains: [checkId(filter.officerId, '执法人员')] } } as FilterQuery<Referral>);
  return findPage(em, Referral, and, sortOf(ORDER_COLUMN, order, ReferralOrderField.CREATED_AT, SortDirection.DESC, true), page);
}

export async function getReferral(em: EntityManager, identity: Identity, id: string): Promise<Referral> {
  requireRole(identity);
  checkId(id, WHAT);
  const visible = referralVisibility(identity);
  const r = visible ? await em.findOne(Referral, { $and: [{ id }, visible] }) : null;
  if (!r) throw notFound(WHAT, id);
  return r;
}
