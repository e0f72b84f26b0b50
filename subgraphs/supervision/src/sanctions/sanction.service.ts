/**
 * Sanctions on officers (004 第三十三条; 003 第4条): issue (load → rules → number → store → event, one transaction),
 * read, list, and the unit's reported decision. The officer is checked with personnel and related cases with cases
 * BEFORE the transaction, with the caller's token, failing closed — so a refusal or an unreachable dependency stores
 * nothing and takes no number.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  checkId, commonConditions, diff, DomainError, ErrorCode, eventEnvelope, findPage, isLocalDate, lockForEdit, logChange, newId, notFound, publish,
  requireRole, sortOf, SortDirection, toLocalDate, badInput, type Identity, type PageArgs, type SanctionIssuedPayload,
} from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { SCHEMA } from '../orm.js';
import { mayAnswerFor, mayReadSupervisionOf, requireSupervisorOf } from '../access/supervision.access.js';
import { issuerOf, nextDocumentNumber } from '../documents/document.service.js';
import { SupervisionDocumentKind } from '../documents/document.rules.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { complaintVisibility } from '../complaints/complaint.scope.js';
import { Sanction } from './sanction.entity.js';
import { SANCTION_KIND_LABEL } from './sanction.enums.js';
import { sanctionVisibility } from './sanction.access.js';
import { SanctionOrderField, type IssueSanctionInput, type SanctionFilter, type SanctionList, type SanctionOrder, type SanctionUnitDecisionInput } from './sanction.inputs.js';
import { certificateSanctionKind, checkSanction, checkUnitDecision, groundText, initialEffect } from './sanction.rules.js';

/** The change log's kind of record for sanctions. */
export const SANCTION_LOG = 'Sanction';

const ORDER_COLUMN: Record<SanctionOrderField, keyof Sanction & string> = { ISSUED_AT: 'issuedAt', EFFECTIVE_ON: 'effectiveOn', KIND: 'kind', GROUND: 'ground' };

/** What the change log records of a new sanction: its document's facts (the officer by name, as personnel answered). */
const snapshot = (s: Sanction, officerName: string) => ({
  number: s.number,
  officerName,
  agencyName: s.agencyName,
  ground: s.ground,
  kind: SANCTION_KIND_LABEL[s.kind],
  facts: s.facts,
  effectiveOn: s.effectiveOn,
  ...(s.relatedComplaintIds.length ? { relatedComplaintIds: s.relatedComplaintIds } : {}),
  ...(s.relatedCaseIds.length ? { relatedCaseIds: s.relatedCaseIds } : {}),
});

export async function listSanctions(em: EntityManager, identity: Identity, filter: SanctionFilter | null | undefined, order: SanctionOrder | null | undefined, page: PageArgs): Promise<SanctionList> {
  requireRole(identity);
  const visible = sanctionVisibility(identity);
  if (!visible) return { items: [], total: 0 };
  const and: FilterQuery<Sanction>[] = [visible, ...commonConditions<Sanction>(filter, (like) => ({ $or: [{ number: { $ilike: like } }, { facts: { $ilike: like } }] }))];
  if (filter?.officerId) and.push({ officerId: checkId(filter.officerId, '执法人员') });
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.kind) and.push({ kind: filter.kind });
  if (filter?.ground) and.push({ ground: filter.ground });
  if (filter?.effectState) and.push({ effectState: filter.effectState });
  for (const [key, op] of [['issuedFrom', '$gte'], ['issuedTo', '$lte']] as const) {
    const d = filter?.[key];
    if (!d) continue;
    if (!isLocalDate(d)) throw badInput('发文日期格式应为 YYYY-MM-DD', key);
    and.push({ issuedOn: { [op]: d } });
  }
  return findPage(em, Sanction, and, sortOf(ORDER_COLUMN, order, SanctionOrderField.ISSUED_AT, SortDirection.DESC), page);
}

export async function getSanction(em: EntityManager, identity: Identity, id: string): Promise<Sanction> {
  requireRole(identity);
  checkId(id, '处理记录');
  const visible = sanctionVisibility(identity);
  const s = visible ? await em.findOne(Sanction, { $and: [{ id }, visible] }) : null;
  if (!s) throw notFound('处理记录', id);
  return s;
}

/** Related complaints must be ones the caller may read (supervision's own records). */
async function checkComplaints(em: EntityManager, identity: Identity, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const visible = complaintVisibility(identity);
  const found = visible ? await em.find(Complaint, { $and: [{ id: { $in: ids } }, visible] }, { fields: ['id'] }) : [];
  const known = new Set(found.map((c) => c.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw new DomainError(ErrorCode.NOT_FOUND, `未找到相关投诉举报（${missing}），或它不在您的管辖范围内`, { field: 'relatedComplaintIds', id: missing });
}

async function projectedName(em: EntityManager, agencyId: string): Promise<string> {
  const rows = await em.getConnection().execute<{ name: string }[]>(`select name from ${SCHEMA}.agency_projection where id = ?`, [agencyId], 'all', em.getTransactionContext());
  const name = rows[0]?.name;
  if (!name) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '监督子图尚未同步该执法人员所在的执法主体，请稍后重试', { agencyId });
  return name;
}

/**
 * 004 第三十三条: a supervisor of the officer's agency subtree issues a 处理建议书 to the officer's unit. A 暂扣 or
 * 吊销 publishes `sanction.issued` in the same transaction (the certificate is personnel's, DESIGN "Events"), and the
 * sanction's effect stays PENDING until personnel answers.
 */
export async function issueSanction(ctx: SupervisionContext, input: IssueSanctionInput): Promise<Sanction> {
  const { em, identity, clock, loaders } = ctx;
  requireRole(identity, 'SUPERVISOR');
  const now = clock.now();
  const issuedOn = toLocalDate(now);
  const checked = checkSanction(input, issuedOn);
  // The officer exists and is in the caller's scope — asked of personnel, fail closed; his agency is the addressee.
  const target = await loaders.sanctions.personnel.sanctionTarget(checked.officerId);
  await requireSupervisorOf(em, identity, target.agencyId, '对该执法人员提出处理（004 第三十三条）');
  await checkComplaints(em, identity, checked.relatedComplaintIds);
  if (checked.relatedCaseIds.length) await loaders.cases.find(checked.relatedCaseIds);

  return em.transactional(async (tx) => {
    const issuer = await issuerOf(tx, identity);
    const agencyName = await projectedName(tx, target.agencyId);
    const { number } = await nextDocumentNumber(tx, issuer, SupervisionDocumentKind.SANCTION, Number(issuedOn.slice(0, 4)));
    const by = identity.displayName ?? identity.username ?? '';
    const s = tx.create(Sanction, {
      id: newId(),
      number,
      issuerId: issuer.id,
      issuerName: issuer.name,
      officerId: target.officerId,
      agencyId: target.agencyId,
      agencyName,
      ground: checked.ground,
      kind: checked.kind,
      facts: checked.facts,
      relatedComplaintIds: checked.relatedComplaintIds,
      relatedCaseIds: checked.relatedCaseIds,
      effectiveOn: checked.effectiveOn,
      issuedOn,
      issuedAt: now,
      issuedBy: by,
      issuedById: identity.userId,
      effectState: initialEffect(checked.kind),
      createdAt: now,
      updatedAt: now,
    });
    logChange(tx, identity, now, SANCTION_LOG, s.id, '提出处理', diff({}, snapshot(s, target.officerName)));
    const kind = certificateSanctionKind(checked.kind);
    if (kind) {
      const payload: SanctionIssuedPayload = {
        sanctionId: s.id,
        number,
        kind,
        officerId: s.officerId,
        groundText: groundText(s.ground),
        facts: s.facts,
        effectiveOn: s.effectiveOn,
        decidedBy: `${issuer.name}（${by}）`,
      };
      await publish(tx, eventEnvelope('supervision', 'sanction.issued', now, payload));
    }
    await tx.flush();
    return s;
  });
}

/**
 * 004 第三十三条 …建议其所在单位…作出处理决定: the unit — an agency administrator of the officer's agency subtree —
 * records what it decided, once, at the version it saw.
 */
export async function recordSanctionUnitDecision(ctx: SupervisionContext, id: string, version: number, input: SanctionUnitDecisionInput): Promise<Sanction> {
  const { em, identity, clock } = ctx;
  requireRole(identity, 'AGENCY_ADMIN');
  const now = clock.now();
  return em.transactional(async (tx) => {
    const s = await lockForEdit(tx, Sanction, id, version, { what: '处理记录', label: (x) => x.number, logAs: SANCTION_LOG, visible: (x) => mayReadSupervisionOf(tx, identity, x.agencyId) });
    if (!(await mayAnswerFor(tx, identity, s.agencyId))) throw new DomainError(ErrorCode.FORBIDDEN, '只有被处理人员所在单位及其上级执法主体的管理员可以登记处理决定');
    const { decidedOn, decision } = checkUnitDecision(input, s.issuedOn, toLocalDate(now), s.unitDecision !== null);
    const before = { unitDecidedOn: s.unitDecidedOn, unitDecision: s.unitDecision };
    Object.assign(s, { unitDecidedOn: decidedOn, unitDecision: decision, unitDecisionRecordedBy: identity.displayName ?? identity.username, unitDecisionRecordedAt: now, updatedAt: now });
    logChange(tx, identity, now, SANCTION_LOG, s.id, '登记所在单位处理决定', diff(before, { unitDecidedOn: s.unitDecidedOn, unitDecision: s.unitDecision }));
    await tx.flush();
    return s;
  });
}
