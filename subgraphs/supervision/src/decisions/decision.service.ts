/**
 * 《行政执法监督决定书》 (004 第二十五条): issue on an unrectified notice, read and list. 撤销 / 确认违法 / 确认无效 reach
 * the case by event (`case-decision.corrected`, published in the issuing transaction: the transactional outbox), and
 * cases answers with `case-decision.correction-applied` (decision.events.ts).
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  checkId, commonConditions, diff, DomainError, ErrorCode, eventEnvelope, findPage, forbidden, logChange, newId, notFound, publish, requireLogin, sortOf,
  SortDirection, today, type Identity, type PageArgs,
} from '@jiandu/kit';
import type { SupervisionContext } from '../context.js';
import { mayReadSupervisionOf, requireSupervisorOf, supervisionVisibility } from '../access/supervision.access.js';
import { issuerOf, nextDocumentNumber } from '../documents/document.service.js';
import { SupervisionDocumentKind } from '../documents/document.rules.js';
import { NoticeCase, SupervisionNotice } from '../notices/notice.entity.js';
import { readableNotice } from '../notices/notice.service.js';
import { decisionBlocker } from '../notices/notice.rules.js';
import { SupervisionDecision } from './decision.entity.js';
import { CASE_CORRECTION, SupervisionDecisionType } from './decision.enums.js';
import { SupervisionDecisionOrderField, type CreateSupervisionDecisionInput, type SupervisionDecisionFilter, type SupervisionDecisionList, type SupervisionDecisionOrder } from './decision.inputs.js';
import { checkDecisionDraft, correctionPayload, initialEffect, reachesCase, requireCaseDecided, requireNotCorrectedYet } from './decision.rules.js';

/** The decision's kind of record in the change log. */
export const DECISION_LOG = 'SupervisionDecision';

const CORRECTING = Object.keys(CASE_CORRECTION) as SupervisionDecisionType[];

function blocked(n: SupervisionNotice, on: string): void {
  const why = decisionBlocker(n, on);
  if (why) throw new DomainError(ErrorCode.PRECONDITION_FAILED, `不能制发监督决定书：${why}`, { field: 'noticeId', status: n.status });
}

/** An earlier decision that already undid the case's decision, if any. */
function previousCorrection(em: EntityManager, caseId: string): Promise<SupervisionDecision | null> {
  return em.findOne(SupervisionDecision, { caseId, type: { $in: CORRECTING } }, { orderBy: { issuedAt: 'asc' } });
}

/**
 * Issues a 监督决定书 (004 第二十五条): a supervisor of the supervised agency's subtree, on a notice that went
 * unrectified (PRECONDITION_FAILED says why not), about one of its cases — refused with CASE_UNDER_CHALLENGE while
 * that case's decision is under 复议 or 诉讼, and with DEPENDENCY_UNAVAILABLE when cases cannot say (fail closed).
 */
export async function createSupervisionDecision(ctx: SupervisionContext, input: CreateSupervisionDecisionInput): Promise<SupervisionDecision> {
  const { em, identity, clock } = ctx;
  requireLogin(identity);
  const notice = await readableNotice(em, identity, input.noticeId);
  await requireSupervisorOf(em, identity, notice.agencyId, '制发监督决定书');
  const t = today(clock);
  blocked(notice, t);
  const links = await em.find(NoticeCase, { noticeId: notice.id }, { orderBy: { seq: 'asc' } });
  const draft = checkDecisionDraft(input, links.map((l) => l.caseId), t);
  if (draft.caseId) {
    // cases owns the case: asked with the caller's token, failing closed.
    const [c] = await ctx.loaders.cases.find([draft.caseId]);
    if (reachesCase(draft.type)) {
      requireCaseDecided(c!);
      requireNotCorrectedYet(await previousCorrection(em, draft.caseId));
    }
    await ctx.loaders.cases.requireNoPendingChallenge([draft.caseId], '制发监督决定书');
  }
  const issuer = await issuerOf(em, identity);
  return em.transactional(async (tx) => {
    // The notice's state is checked again under its row lock: a concurrent 核验 or 复查答复 cannot slip between.
    const locked = await tx.findOneOrFail(SupervisionNotice, { id: notice.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    blocked(locked, t);
    if (draft.caseId && reachesCase(draft.type)) requireNotCorrectedYet(await previousCorrection(tx, draft.caseId));
    const now = clock.now();
    const { seq, number } = await nextDocumentNumber(tx, issuer, SupervisionDocumentKind.DECISION, Number(t.slice(0, 4)));
    const d = tx.create(SupervisionDecision, {
      id: newId(), number, year: Number(t.slice(0, 4)), seq, issuerId: issuer.id, issuerName: issuer.name, noticeId: locked.id, agencyId: locked.agencyId,
      type: draft.type, caseId: draft.caseId, reasons: draft.reasons, requirement: draft.requirement, performBy: draft.performBy, decidedOn: t, issuedAt: now,
      issuedBy: identity.displayName ?? identity.username ?? '', issuedById: identity.userId, effect: initialEffect(draft.type), updatedAt: now,
    });
    logChange(tx, identity, now, DECISION_LOG, d.id, '制发', diff({}, { number, noticeId: locked.number, type: d.type, caseId: d.caseId, reasons: d.reasons, requirement: d.requirement, performBy: d.performBy }));
    await tx.flush();
    if (reachesCase(d.type)) await publish(tx, eventEnvelope('supervision', 'case-decision.corrected', now, correctionPayload(d)));
    return d;
  });
}

/** A decision the caller may read; NOT_FOUND otherwise. */
export async function readableDecision(em: EntityManager, identity: Identity, id: string): Promise<SupervisionDecision> {
  requireLogin(identity);
  checkId(id, '监督决定书');
  const d = await em.findOne(SupervisionDecision, { id });
  if (!d || !(await mayReadSupervisionOf(em, identity, d.agencyId))) throw notFound('监督决定书', id);
  return d;
}

const ORDER_COLUMN: Record<SupervisionDecisionOrderField, string> = { ISSUED_AT: 'issuedAt', NUMBER: 'year', TYPE: 'type' };

export async function listSupervisionDecisions(
  ctx: SupervisionContext, filter: SupervisionDecisionFilter | null | undefined, order: SupervisionDecisionOrder | null | undefined, page: PageArgs,
): Promise<SupervisionDecisionList> {
  const { em, identity } = ctx;
  requireLogin(identity);
  const visible = supervisionVisibility<SupervisionDecision>(identity);
  if (!visible) throw forbidden('您没有查看监督决定书的权限');
  const and: FilterQuery<SupervisionDecision>[] = [
    visible,
    ...commonConditions<SupervisionDecision>(filter, (like) => ({ $or: [{ number: { $ilike: like } }, { reasons: { $ilike: like } }] })),
  ];
  if (filter?.type) and.push({ type: filter.type });
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.noticeId) and.push({ noticeId: checkId(filter.noticeId, '监督通知书') });
  if (filter?.caseId) and.push({ caseId: checkId(filter.caseId, '案件') });
  if (filter?.effect) and.push({ effect: filter.effect });
  const sort = sortOf(ORDER_COLUMN, order, SupervisionDecisionOrderField.ISSUED_AT, SortDirection.DESC);
  if (order?.field === SupervisionDecisionOrderField.NUMBER) sort.splice(1, 0, { seq: Object.values(sort[0]!)[0]! });
  return findPage(em, SupervisionDecision, and, sort, page);
}
