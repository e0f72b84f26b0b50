/**
 * 公示 of decisions (002 （二）3 事后公开; 004 第十四条): a publication record per decided case with its deadline,
 * the clerk's preview of the redacted text, publication, withdrawal (002 （二）3 事后公开（三）), the staff's lists
 * and the public's.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AgencyProjection, checkId, commonConditions, diff, DomainError, ErrorCode, findPage, likePattern, lockForEdit, logChange, newId, requireLogin, sortOf, SortDirection,
  today, type Clock, type Identity, type PageArgs,
} from '@jiandu/kit';
import { CaseParty, type EnforcementCase } from '../cases/case.entity.js';
import { readableCase } from '../cases/case.access.js';
import { EnforcementMatter } from '../matters/matter.entity.js';
import { CasePublication, PublicationStatus } from './publicity.entity.js';
import {
  PublicityOrderField, type PublicationFilter, type PublicationList, type PublicationPreview, type PublicityOrder, type PublishedDecision,
  type PublishedDecisionFilter, type PublishedDecisionList,
} from './publicity.inputs.js';
import { checkPublishedText, checkWithdrawal, publicationDue, redact, requireDecided, type Redacted } from './publicity.rules.js';
import { dueStateConditions, mayWithdrawOf, mayWorkPublicityOf, PUBLICATION_DONE, readablePublicityWhere } from './publicity.access.js';
import { createFiling } from './filing.service.js';
import { correctedRefusal } from '../corrections/correction.rules.js';

export const PUBLICATION_LOG = 'CasePublication';

/** The facts a publication shows, copied from the case, its matter and the agency (a publication is a snapshot). */
async function publicFacts(tx: EntityManager, c: EnforcementCase) {
  const [agency, matter] = await Promise.all([tx.findOne(AgencyProjection, { id: c.agencyId }), tx.findOne(EnforcementMatter, { id: c.matterId })]);
  return { caseNumber: c.number, category: c.category, decisionKinds: [...c.decisionKinds], decidedOn: c.decidedOn!, agencyName: agency?.name ?? null, matterName: matter?.name ?? null };
}

/**
 * Called by decideCase inside its transaction, once the decision is recorded (case.service.ts): creates the
 * publication record with its deadline (002 （二）3: every decision is published — 许可 and 处罚 within 7 working
 * days, the others within 20) and, for a major case, the filing record (004 第十九条). Idempotent: a case that has
 * its records keeps them (and their deadlines).
 */
export async function onDecided(tx: EntityManager, identity: Identity, c: EnforcementCase, now: Date): Promise<void> {
  void identity; // the deciding officer: the records are the agency's, created on his act
  if (!c.decidedOn) throw new Error(`onDecided(${c.id}): the case has no decision date`);
  if (!(await tx.findOne(CasePublication, { caseId: c.id }))) {
    const due = publicationDue(c.decidedOn, c.category);
    tx.create(CasePublication, {
      id: newId(), caseId: c.id, agencyId: c.agencyId, ...(await publicFacts(tx, c)),
      dueOn: due.due, provisional: due.provisional, rule: due.rule, calendarBasis: due.calendarBasis,
      period: { start: due.start, amount: due.amount, unit: due.unit }, createdAt: now,
    });
  }
  await createFiling(tx, c, now);
  await tx.flush();
}

/** The decided case and its publication record, for a clerk who may work it. */
async function caseToPublish(em: EntityManager, identity: Identity, caseId: string): Promise<EnforcementCase> {
  requireLogin(identity);
  const c = await readableCase(em, identity, caseId);
  if (!(await mayWorkPublicityOf(em, identity, c))) throw new DomainError(ErrorCode.FORBIDDEN, '只有本案承办人或本单位及上级执法主体的管理员可以公示决定');
  requireDecided(c, '公示');
  // 002 （二）3 事后公开（三）: a decision a 监督决定书 revoked, or confirmed illegal or invalid, is not published.
  if (c.correction) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, correctedRefusal({ correction: c.correction, correctedByNumber: c.correctedByNumber }), { field: 'caseId', correction: c.correction });
  return c;
}

async function redactFor(em: EntityManager, c: EnforcementCase, text: string | null): Promise<Redacted> {
  const source = text ?? c.decisionContent?.trim() ?? '';
  if (!source) throw new DomainError(ErrorCode.BAD_USER_INPUT, '该案件的决定内容为空，请填写公示文本', { field: 'text' });
  const parties = await em.find(CaseParty, { caseId: c.id }, { orderBy: { seq: 'asc' } });
  return redact(source, parties);
}

/**
 * The clerk's preview (004 第十四条: 审核 before publishing): the decision's text — or the clerk's own edit of it —
 * with the personal data taken out, and the marks of what was taken out, masked.
 */
export async function previewPublication(em: EntityManager, identity: Identity, caseId: string, text?: string | null): Promise<PublicationPreview> {
  const c = await caseToPublish(em, identity, caseId);
  return redactFor(em, c, checkPublishedText(text));
}

/**
 * Publishes the decision: the redacted decision text, or the clerk's edited text — redacted again, so an ID
 * number cannot slip through an edit — with a snapshot of the public facts. On the version of the publication
 * record the clerk saw; only a pending one.
 */
export async function publishDecision(em: EntityManager, identity: Identity, clock: Clock, caseId: string, version: number, text?: string | null): Promise<CasePublication> {
  const c = await caseToPublish(em, identity, caseId);
  const edited = checkPublishedText(text);
  return em.transactional(async (tx) => {
    const p = await lockPublication(tx, c.id, version);
    if (p.status !== PublicationStatus.PENDING) {
      throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, p.status === PublicationStatus.PUBLISHED ? `该决定已于 ${p.publishedOn} 公示` : '该决定的公示已撤下，不能再次公示', { field: 'caseId', status: p.status });
    }
    const { text: published, redactions } = await redactFor(tx, c, edited);
    const now = clock.now();
    Object.assign(p, await publicFacts(tx, c), {
      status: PublicationStatus.PUBLISHED, publishedText: published, redactions, editedByClerk: edited !== null,
      publishedAt: now, publishedOn: today(clock), publishedBy: identity.displayName ?? identity.username, updatedAt: now,
    });
    logChange(tx, identity, now, PUBLICATION_LOG, p.id, '公示', diff({ status: PublicationStatus.PENDING }, { status: p.status, publishedOn: p.publishedOn }));
    await tx.flush();
    return p;
  });
}

async function lockPublication(tx: EntityManager, caseId: string, version: number): Promise<CasePublication> {
  const found = await tx.findOne(CasePublication, { caseId });
  if (!found) throw new DomainError(ErrorCode.NOT_FOUND, '该案件尚未作出决定，没有待公示的决定', { field: 'caseId' });
  return lockForEdit(tx, CasePublication, found.id, version, { what: '决定公示', label: (p) => p.caseNumber, logAs: PUBLICATION_LOG });
}

/**
 * Withdraws a published decision from the public list (002 （二）3 事后公开（三）: 被依法撤销、确认违法或者要求重新作出
 * 的，应当及时从信息公示平台撤下), with the reason and its basis (e.g. the 监督决定书 number). A command today;
 * supervision's decision will reach it by an event later. The record stays, flagged, for the staff.
 */
export async function withdrawPublication(em: EntityManager, identity: Identity, clock: Clock, caseId: string, version: number, reason: string, basis?: string | null): Promise<CasePublication> {
  requireLogin(identity);
  const c = await readableCase(em, identity, caseId);
  if (!(await mayWithdrawOf(em, identity, c))) throw new DomainError(ErrorCode.FORBIDDEN, '只有本案承办人、本单位及上级执法主体的管理员或执法监督人员可以撤下公示');
  const why = checkWithdrawal(reason, basis);
  return em.transactional(async (tx) => {
    const p = await lockPublication(tx, c.id, version);
    if (p.status !== PublicationStatus.PUBLISHED) {
      throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, p.status === PublicationStatus.PENDING ? '该决定尚未公示，无需撤下' : '该决定的公示已撤下', { field: 'caseId', status: p.status });
    }
    applyWithdrawal(tx, identity, clock.now(), p, why.reason, why.basis);
    await tx.flush();
    return p;
  });
}

/**
 * The withdrawal itself, without the caller's checks: `withdrawPublication` after them, and supervision's 监督决定书
 * (corrections/correction.events.ts) as the system. A pending publication is closed the same way (never published).
 */
export function applyWithdrawal(tx: EntityManager, identity: Identity, now: Date, p: CasePublication, reason: string, basis: string | null): void {
  const from = p.status;
  Object.assign(p, { status: PublicationStatus.WITHDRAWN, withdrawnAt: now, withdrawnBy: identity.displayName ?? identity.username, withdrawnReason: reason, withdrawnBasis: basis, updatedAt: now });
  logChange(tx, identity, now, PUBLICATION_LOG, p.id, '撤下', diff({ status: from, withdrawnReason: null, withdrawnBasis: null }, { status: p.status, withdrawnReason: reason, withdrawnBasis: basis }));
}

const PUBLICATION_ORDER: Record<PublicityOrderField, string> = { DUE_ON: 'dueOn', DECIDED_ON: 'decidedOn', CASE_NUMBER: 'caseNumber' };

/** Publications of the cases the caller may read, paged; `dueState` on today's date of the kit clock. */
export async function listPublications(em: EntityManager, identity: Identity, clock: Clock, filter: PublicationFilter | null | undefined, order: PublicityOrder | null | undefined, page: PageArgs): Promise<PublicationList> {
  requireLogin(identity);
  const scope = readablePublicityWhere<CasePublication>(identity);
  if (!scope) return { items: [], total: 0 };
  const and: object[] = [
    scope as object,
    ...(commonConditions<CasePublication>(filter, (like) => ({ $or: [{ caseNumber: { $ilike: like } }, { matterName: { $ilike: like } }, { publishedText: { $ilike: like } }] })) as object[]),
  ];
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.status) and.push({ status: filter.status });
  if (filter?.dueState) and.push(dueStateConditions(filter.dueState, today(clock), PUBLICATION_DONE));
  return findPage(em, CasePublication, and as never, sortOf(PUBLICATION_ORDER, order, PublicityOrderField.DUE_ON, SortDirection.ASC), page);
}

// ─── The public (anonymous): published decisions only, public fields only ───

export function toPublished(p: CasePublication): PublishedDecision {
  return {
    id: p.id, agencyId: p.agencyId, agencyName: p.agencyName ?? '', caseNumber: p.caseNumber, matterName: p.matterName ?? '', category: p.category,
    decisionKinds: p.decisionKinds, decidedOn: p.decidedOn, publishedOn: p.publishedOn!, text: p.publishedText ?? '',
  };
}

/** The public list of published decisions, newest first; withdrawn ones are gone from it. */
export async function listPublishedDecisions(em: EntityManager, filter: PublishedDecisionFilter | null | undefined, page: PageArgs): Promise<PublishedDecisionList> {
  const and: object[] = [{ status: PublicationStatus.PUBLISHED }];
  if (filter?.agencyId) and.push({ agencyId: checkId(filter.agencyId, '执法主体') });
  if (filter?.category) and.push({ category: filter.category });
  const search = filter?.search?.trim();
  if (search) {
    const like = likePattern(search);
    and.push({ $or: [{ caseNumber: { $ilike: like } }, { agencyName: { $ilike: like } }, { matterName: { $ilike: like } }, { publishedText: { $ilike: like } }] });
  }
  const { items, total } = await findPage(em, CasePublication, and as never, [{ publishedAt: 'desc' }, { id: 'desc' }], page);
  return { items: items.map(toPublished), total };
}

/** One published decision by its publication id; null when unknown, not published or withdrawn. */
export async function getPublishedDecision(em: EntityManager, id: string): Promise<PublishedDecision | null> {
  checkId(id, '公示');
  const p = await em.findOne(CasePublication, { id, status: PublicationStatus.PUBLISHED });
  return p ? toPublished(p) : null;
}
