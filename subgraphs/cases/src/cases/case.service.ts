/**
 * The use cases of an enforcement case: registration, the moves through its stages, legal review, the decision
 * and what follows. Each command: authorize → lock at the version seen → rules → write (with the transition and
 * the change log) in one transaction.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  checkId, commonConditions, diff, DomainError, ErrorCode, findPage, inProjectedSubtree, InputProblems, isLocalDate, logChange, newId, requireRole,
  sortOf, SortDirection, toLocalDate, lockForEdit, type Identity, type PageArgs,
  dueStateConditions, today, type Clock,
} from '@jiandu/kit';
import type { CasesContext } from '../context.js';
import { SCHEMA } from '../orm.js';
import { EnforcementMatter } from '../matters/matter.entity.js';
import { MajorReviewEntry } from '../matters/major-review.entity.js';
import { catalogueGrounds } from '../matters/matter.rules.js';
import { projectedAgency } from '../matters/matter.scope.js';
import { requireConfirmedAgency, requireCurrent } from '../matters/matter.rules.js';
import { CaseHandler, CaseParty, CaseTransition, EnforcementCase, LegalReviewRound } from './case.entity.js';
import { CASE_STAGE_LABEL, CaseStage, LegalReviewOutcome, MajorGround } from './case.enums.js';
import {
  caseNumber, checkAdvance, checkCause, checkDecision, checkHandlers, checkMajorGrounds, checkOpinion, checkParties, checkStepDate,
  casePath, GENERIC_STAGES, needsAudiovisualRecord, reached, requireFineable,
} from './case.rules.js';
import {
  CASE_LOG, currentHandlers, lockForStep, mayManageCasesOf, mayReadCasesOf, readableCase, readableCasesWhere, requireActingHandler,
} from './case.access.js';
import { CaseOrderField, type CaseFilter, type CaseList, type CaseOrder, type DecisionInput, type HandlersInput, type RegisterCaseInput } from './case.inputs.js';
import type { CaseHooks } from './case.hooks.js';
import { CaseFiling, CasePublication } from '../publicity/publicity.entity.js';
import { FILING_DONE, PUBLICATION_DONE } from '../publicity/publicity.access.js';

const ORDER_COLUMN: Record<CaseOrderField, keyof EnforcementCase & string> = { REGISTERED_AT: 'registeredAt', NUMBER: 'number', STAGE_ENTERED_AT: 'stageEnteredAt' };

const actorName = (identity: Identity) => identity.displayName ?? identity.username ?? '未知';

/** The path of this case now (its category, whether a hearing is held, whether it is major, its decision). */
export const pathOf = (c: Pick<EnforcementCase, 'category' | 'hearingHeld' | 'major' | 'decisionKinds' | 'executedOn'>) => casePath(c);

/**
 * Marks the case changed at `now` for an edit that changes none of its own columns otherwise (its handlers, a
 * passing review round): the row must change so that its version moves and an edit based on the version before is
 * refused. The time is nudged past the last change when the clock has not moved since (a pinned clock, two edits in
 * one millisecond).
 */
function touch(c: EnforcementCase, now: Date) {
  c.updatedAt = new Date(Math.max(now.getTime(), (c.updatedAt?.getTime() ?? 0) + 1));
}

function move(tx: EntityManager, identity: Identity, c: EnforcementCase, to: CaseStage, at: Date, note: string | null) {
  const from = c.stage;
  tx.create(CaseTransition, { id: newId(), caseId: c.id, caseVersion: c.version, fromStage: from, toStage: to, at, officerId: identity.officerId, actorName: actorName(identity), note });
  logChange(tx, identity, at, CASE_LOG, c.id, `${CASE_STAGE_LABEL[to]}`, diff({ stage: from }, { stage: to }));
  Object.assign(c, { stage: to, stageEnteredAt: at, updatedAt: at });
}

export async function listCases(em: EntityManager, identity: Identity, filter: CaseFilter | null | undefined, order: CaseOrder | null | undefined, page: PageArgs, clock: Clock): Promise<CaseList> {
  requireRole(identity);
  const readable = readableCasesWhere(identity);
  if (!readable) return { items: [], total: 0 };
  const partyNamed = (like: string) => ({ $in: em.createQueryBuilder(CaseParty, 'p').select('caseId').where({ name: { $ilike: like } }) });
  const and = commonConditions<EnforcementCase>(filter, (like) => ({ $or: [{ number: { $ilike: like } }, { cause: { $ilike: like } }, { id: partyNamed(like) }] }));
  and.push(readable);
  if (filter?.agencyId) {
    const agencyId = checkId(filter.agencyId, '执法主体');
    and.push(inProjectedSubtree(SCHEMA, 'agency_id', { agencyId, agencyPath: null }) as FilterQuery<EnforcementCase>);
  }
  if (filter?.stage) and.push({ stage: filter.stage });
  if (filter?.major != null) and.push({ major: filter.major });
  if (filter?.category) and.push({ category: filter.category });
  if (filter?.year != null) and.push({ year: filter.year });
  and.push(...decidedWithin(filter));
  if (filter?.handlerId) {
    const officerId = checkId(filter.handlerId, '承办人');
    and.push({ id: { $in: em.createQueryBuilder(CaseHandler, 'h').select('caseId').where({ officerId }) } });
  }
  // Overdue or due-soon 公示 (002 （二）3) and 备案 (004 第十九条), on today's date of the kit clock: a subquery on the
  // case's publication or filing row, so the page stays one statement (and its count one more).
  if (filter?.publicityDue) {
    const due = dueStateConditions(filter.publicityDue, today(clock), PUBLICATION_DONE);
    and.push({ id: { $in: em.createQueryBuilder(CasePublication, 'pub').select('caseId').where(due) } });
  }
  if (filter?.filingDue) {
    const due = dueStateConditions(filter.filingDue, today(clock), FILING_DONE);
    and.push({ id: { $in: em.createQueryBuilder(CaseFiling, 'fil').select('caseId').where(due) } });
  }
  return findPage(em, EnforcementCase, and, sortOf(ORDER_COLUMN, order, CaseOrderField.REGISTERED_AT, SortDirection.DESC, true), page);
}

/** `decidedFrom` / `decidedTo` (inclusive China dates): only decided cases, their decision date in the range. */
function decidedWithin(filter: CaseFilter | null | undefined): FilterQuery<EnforcementCase>[] {
  const p = new InputProblems();
  const from = filter?.decidedFrom ?? null;
  const to = filter?.decidedTo ?? null;
  if (from != null) p.check(isLocalDate(from), 'decidedFrom', '决定日期起应为 YYYY-MM-DD');
  if (to != null) p.check(isLocalDate(to), 'decidedTo', '决定日期止应为 YYYY-MM-DD');
  p.throwIfAny();
  const and: FilterQuery<EnforcementCase>[] = [];
  if (from != null) and.push({ decidedOn: { $gte: from } });
  if (to != null) and.push({ decidedOn: { $lte: to } });
  return and;
}

export function getCase(em: EntityManager, identity: Identity, id: string): Promise<EnforcementCase> {
  return readableCase(em, identity, id);
}

/**
 * 立案 (000 二(四)): a case under a current matter of a confirmed agency (004 第十条), with its parties and at least
 * two handlers, one the lead (001), each entitled now for the matter's field and the agency's region (003 第4条,
 * 004 第十一条). The number is the next of the agency's year, taken under a row lock in this same transaction: a
 * failed registration takes no number, so numbers have no gaps and no case exists without one.
 * Registered by an officer who is one of its handlers, or by an agency administrator of the agency's subtree.
 */
export async function registerCase(ctx: CasesContext, input: RegisterCaseInput): Promise<EnforcementCase> {
  const { em, identity, clock } = ctx;
  requireRole(identity, 'OFFICER', 'AGENCY_ADMIN');
  const matter = await em.findOne(EnforcementMatter, { id: checkId(input.matterId, '执法事项') });
  if (!matter || !(await mayReadCasesOf(em, identity, matter.agencyId))) throw new DomainError(ErrorCode.NOT_FOUND, '未找到该执法事项，或它不属于您所在执法主体及其下级', { field: 'matterId' });
  requireCurrent(matter);
  requireConfirmedAgency(await projectedAgency(em, matter.agencyId));
  const cause = checkCause(input.cause);
  const parties = checkParties(input.parties ?? []);
  const handlerIds = checkHandlers((input.handlerIds ?? []).map((h) => checkId(h, '承办人')), checkId(input.leadOfficerId, '主办人'));
  const asHandler = identity.officerId != null && handlerIds.includes(identity.officerId);
  if (!asHandler && !(await mayManageCasesOf(em, identity, matter.agencyId))) {
    throw new DomainError(ErrorCode.FORBIDDEN, '立案应由承办人之一或本单位执法部门管理员办理', { field: 'handlerIds' });
  }
  const grounds = input.majorGrounds?.length || input.majorBasis?.trim() ? checkMajorGrounds(input.majorGrounds ?? [], input.majorBasis) : null;
  // Entitlement is judged against the matter's field (004 第十一条: 在法定职责和执法区域内): a matter that names none
  // would let a certificate of any field pass, so it holds no case until its field is entered.
  if (!matter.field) {
    throw new DomainError(ErrorCode.PRECONDITION_FAILED, `执法事项“${matter.name}”未填写执法领域，无法核验承办人的执法资格；请先在执法事项清单中填写执法领域`, { field: 'matterId' });
  }
  const now = clock.now();
  const entitled = await ctx.loaders.entitlements.require(matter.agencyId, matter.field, handlerIds, now);
  const catalogue = await em.find(MajorReviewEntry, { agencyId: matter.agencyId });
  const byCatalogue = catalogueGrounds(catalogue, { matterId: matter.id })[0] ?? null;
  const registeredOn = toLocalDate(now);
  const year = Number(registeredOn.slice(0, 4));
  return em.transactional(async (tx) => {
    const [counter] = await tx.getConnection().execute<{ last: number }[]>(
      `insert into "cases".case_number_counter (agency_id, year, last) values (?, ?, 1)
       on conflict (agency_id, year) do update set last = case_number_counter.last + 1 returning last`,
      [matter.agencyId, year], 'all', tx.getTransactionContext(),
    );
    const last = counter!.last;
    const c = tx.create(EnforcementCase, {
      id: newId(), number: caseNumber(year, last), year, seq: last, agencyId: matter.agencyId, matterId: matter.id,
      category: matter.category, field: matter.field, cause, registeredOn, registeredAt: now,
      stage: CaseStage.REGISTERED, stageEnteredAt: now,
      major: grounds !== null || byCatalogue !== null,
      majorGrounds: grounds?.grounds ?? [],
      majorBasis: grounds?.basis ?? (byCatalogue ? `列入重大执法决定法制审核目录：${byCatalogue.sourceText}` : null),
      catalogueEntryId: byCatalogue?.id ?? null,
      updatedAt: now,
    });
    parties.forEach((p, i) => tx.create(CaseParty, { id: newId(), caseId: c.id, seq: i + 1, ...p }));
    for (const officerId of handlerIds) {
      const e = entitled.get(officerId)!;
      tx.create(CaseHandler, { id: newId(), caseId: c.id, officerId, officerName: e.officerName, certificateNumber: e.certificateNumber, lead: officerId === input.leadOfficerId, assignedAt: now });
    }
    tx.create(CaseTransition, { id: newId(), caseId: c.id, caseVersion: 0, fromStage: null, toStage: CaseStage.REGISTERED, at: now, officerId: identity.officerId, actorName: actorName(identity), note: null });
    logChange(tx, identity, now, CASE_LOG, c.id, '立案', diff({}, { number: c.number, matterId: c.matterId, cause, major: c.major, handlers: handlerIds.map((h) => entitled.get(h)!.officerName).join('、') }));
    await tx.flush();
    return c;
  });
}

/**
 * The next stage by the generic move (调查取证, 告知, 陈述申辩, 听证): only the next one on the case's path, never
 * skipping (000 二(四)); the other stages have commands of their own.
 */
export async function advanceCase(ctx: CasesContext, id: string, version: number, to: CaseStage, note: string | null | undefined): Promise<EnforcementCase> {
  return ctx.em.transactional(async (tx) => {
    const { c } = await lockForStep(tx, ctx, id, version);
    if (!GENERIC_STAGES.includes(to)) {
      throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, `“${CASE_STAGE_LABEL[to]}”环节须通过专门的操作办理（提交法制审核、作出决定、送达、执行、结案）`, { to });
    }
    checkAdvance(pathOf(c), c.stage, to);
    move(tx, ctx.identity, c, to, ctx.clock.now(), note?.trim() || null);
    await tx.flush();
    return c;
  });
}

/** The catalogue entry that makes the case major by its fine or its matter (004 第十六条 last paragraph), if any. */
async function catalogueEntryFor(tx: EntityManager, c: EnforcementCase, fineAmount: number | null) {
  const catalogue = await tx.find(MajorReviewEntry, { agencyId: c.agencyId });
  return catalogueGrounds(catalogue, { matterId: c.matterId, fineAmount })[0] ?? null;
}

/**
 * The fine proposed in the 告知 (行政处罚法 第四十四条): once entered, the agency's catalogue is read again — a fine
 * at or above a listed amount makes the case major (004 第十六条 last paragraph). Before the decision only, and in a
 * 行政处罚 case only (a fine is a 行政处罚, 行政处罚法 第九条 (二)).
 */
export async function setProposedFine(ctx: CasesContext, id: string, version: number, fineYuan: number): Promise<EnforcementCase> {
  if (!Number.isInteger(fineYuan) || fineYuan <= 0 || fineYuan > 1_000_000_000) throw new DomainError(ErrorCode.BAD_USER_INPUT, '拟罚款数额应为正整数（元）', { field: 'fineYuan' });
  return ctx.em.transactional(async (tx) => {
    const { c } = await lockForStep(tx, ctx, id, version);
    requireFineable(c.category);
    if (reached(c.stage, CaseStage.LEGAL_REVIEW) || !reached(c.stage, CaseStage.INVESTIGATION)) {
      throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '拟罚款数额应在调查取证之后、提交法制审核或作出决定之前填写', { stage: c.stage });
    }
    const now = ctx.clock.now();
    const before = { proposedFineYuan: c.proposedFineYuan, major: c.major };
    c.proposedFineYuan = fineYuan;
    const entry = c.major ? null : await catalogueEntryFor(tx, c, fineYuan);
    if (entry) Object.assign(c, { major: true, catalogueEntryId: entry.id, majorBasis: `列入重大执法决定法制审核目录：${entry.sourceText}` });
    c.updatedAt = now;
    logChange(tx, ctx.identity, now, CASE_LOG, c.id, '填写拟罚款数额', diff(before, { proposedFineYuan: c.proposedFineYuan, major: c.major }));
    await tx.flush();
    return c;
  });
}

/** Records a ground of 004 第十六条 (一)–(五) that makes the case major, with its facts; before review or decision. */
export async function markMajor(ctx: CasesContext, id: string, version: number, grounds: MajorGround[], basis: string): Promise<EnforcementCase> {
  const checked = checkMajorGrounds(grounds, basis);
  return ctx.em.transactional(async (tx) => {
    const { c } = await lockForStep(tx, ctx, id, version);
    if (reached(c.stage, CaseStage.LEGAL_REVIEW)) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '已进入法制审核或作出决定，不能再认定重大情形', { stage: c.stage });
    const now = ctx.clock.now();
    const before = { major: c.major, majorGrounds: c.majorGrounds.join('、') };
    const merged = [...new Set([...c.majorGrounds, ...checked.grounds])];
    Object.assign(c, { major: true, majorGrounds: merged, majorBasis: c.majorBasis ? `${c.majorBasis}；${checked.basis}` : checked.basis, updatedAt: now });
    logChange(tx, ctx.identity, now, CASE_LOG, c.id, '认定重大执法决定', diff(before, { major: true, majorGrounds: merged.join('、') }));
    await tx.flush();
    return c;
  });
}

/**
 * The party asked for a hearing (行政处罚法 第六十三条; 许可法 第四十七条): the case gains the 听证 stage, and a
 * decision that needs a hearing is major (004 第十六条 (三)). While the party is being heard (陈述申辩), or while a
 * non-burdening case is being examined.
 */
export async function requestHearing(ctx: CasesContext, id: string, version: number, note: string): Promise<EnforcementCase> {
  const why = note?.trim() ?? '';
  if (why.length < 4) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请写明当事人申请听证的情况（至少 4 个字）', { field: 'note' });
  return ctx.em.transactional(async (tx) => {
    const { c } = await lockForStep(tx, ctx, id, version);
    const path = pathOf(c);
    const hearingAfter = path.includes(CaseStage.STATEMENT) ? CaseStage.STATEMENT : CaseStage.INVESTIGATION;
    if (c.hearingHeld || c.stage !== hearingAfter) {
      throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, c.hearingHeld ? '本案已安排听证' : `听证申请应在“${CASE_STAGE_LABEL[hearingAfter]}”环节登记`, { stage: c.stage });
    }
    const now = ctx.clock.now();
    const grounds = [...new Set([...c.majorGrounds, MajorGround.HEARING])];
    Object.assign(c, { hearingHeld: true, major: true, majorGrounds: grounds, majorBasis: c.majorBasis ? `${c.majorBasis}；当事人申请听证：${why}` : `当事人申请听证：${why}`, updatedAt: now });
    logChange(tx, ctx.identity, now, CASE_LOG, c.id, '申请听证', diff({ hearingHeld: false }, { hearingHeld: true, majorGrounds: grounds.join('、') }));
    await tx.flush();
    return c;
  });
}

/**
 * 提交法制审核 (004 第十六条): a major case, from the stage before review; each submission is a new round, after a
 * returned one too (002 三项制度 (四)3).
 */
export async function submitForLegalReview(ctx: CasesContext, id: string, version: number, note: string | null | undefined): Promise<EnforcementCase> {
  return ctx.em.transactional(async (tx) => {
    const { c } = await lockForStep(tx, ctx, id, version);
    if (!c.major) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '本案未认定为重大执法决定，无需法制审核', { stage: c.stage });
    checkAdvance(pathOf(c), c.stage, CaseStage.LEGAL_REVIEW);
    const now = ctx.clock.now();
    const last = await tx.findOne(LegalReviewRound, { caseId: c.id }, { orderBy: { round: 'desc' } });
    tx.create(LegalReviewRound, { id: newId(), caseId: c.id, round: (last?.round ?? 0) + 1, submittedAt: now, submittedBy: actorName(ctx.identity) });
    c.reviewSubmittedAt = now;
    move(tx, ctx.identity, c, CaseStage.LEGAL_REVIEW, now, note?.trim() || `第 ${(last?.round ?? 0) + 1} 轮`);
    await tx.flush();
    return c;
  });
}

/**
 * 法制审核意见 (004 第十六条): by a LEGAL_REVIEWER of the case's agency subtree who is not, and never was, one of its
 * handlers. Passed: the case may be decided. Returned (with reasons): back to the stage before review; the next
 * submission is a new round.
 */
export async function reviewCase(ctx: CasesContext, id: string, version: number, passed: boolean, opinion: string | null | undefined): Promise<EnforcementCase> {
  const { identity } = ctx;
  requireRole(identity, 'LEGAL_REVIEWER');
  const text = checkOpinion(passed, opinion);
  return ctx.em.transactional(async (tx) => {
    const c = await lockForEdit(tx, EnforcementCase, id, version, { what: '案件', label: (x) => x.number, logAs: CASE_LOG, visible: (x) => mayReadCasesOf(tx, identity, x.agencyId) });
    if (identity.officerId && (await tx.count(CaseHandler, { caseId: c.id, officerId: identity.officerId })) > 0) {
      throw new DomainError(ErrorCode.FORBIDDEN, '本案承办人不能审核本案（004 第十六条：由承担法制工作的机构审核）', { caseId: c.id });
    }
    const round = await tx.findOne(LegalReviewRound, { caseId: c.id, outcome: null }, { orderBy: { round: 'desc' } });
    if (c.stage !== CaseStage.LEGAL_REVIEW || !round) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '本案当前没有待审核的提交', { stage: c.stage });
    const now = ctx.clock.now();
    c.reviewSubmittedAt = null;
    Object.assign(round, { outcome: passed ? LegalReviewOutcome.PASSED : LegalReviewOutcome.RETURNED, opinion: text, reviewerUserId: identity.userId, reviewerName: actorName(identity), reviewedAt: now });
    if (passed) {
      touch(c, now);
      logChange(tx, identity, now, CASE_LOG, c.id, `法制审核通过（第 ${round.round} 轮）`, diff({ legalReview: null }, { legalReview: '通过' }));
    } else {
      const path = pathOf(c);
      const back = path[path.indexOf(CaseStage.LEGAL_REVIEW) - 1]!;
      move(tx, identity, c, back, now, `法制审核退回（第 ${round.round} 轮）：${text}`);
    }
    await tx.flush();
    return c;
  });
}

/**
 * 决定 (000 二(四)): a major case only after a passing legal review (004 第十六条: 未经法制机构合法性审核…不得作出该
 * 决定); a fine at or above a catalogued amount makes it major at this point too, and is then refused until reviewed.
 */
export async function decideCase(ctx: CasesContext, hooks: CaseHooks, id: string, version: number, input: DecisionInput): Promise<EnforcementCase> {
  return ctx.em.transactional(async (tx) => {
    const { c } = await lockForStep(tx, ctx, id, version);
    const now = ctx.clock.now();
    const decision = checkDecision(c.category, input, c.registeredOn, toLocalDate(now));
    const lastRound = c.stage === CaseStage.LEGAL_REVIEW ? await tx.findOne(LegalReviewRound, { caseId: c.id }, { orderBy: { round: 'desc' } }) : null;
    const passed = lastRound?.outcome === LegalReviewOutcome.PASSED;
    // 004 第十六条: reviewed 作出决定前 — a decision dated before the passing review would not have been reviewed.
    const reviewedOn = passed && lastRound!.reviewedAt ? toLocalDate(lastRound!.reviewedAt) : null;
    if (reviewedOn && decision.decidedOn < reviewedOn) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `决定日期不能早于法制审核通过之日（${reviewedOn}，004 第十六条）`, { field: 'decidedOn' });
    }
    if (!c.major) {
      const entry = await catalogueEntryFor(tx, c, decision.fineYuan);
      if (entry) {
        throw new DomainError(ErrorCode.LEGAL_REVIEW_REQUIRED, `该决定属于重大执法决定法制审核目录所列情形（${entry.sourceText}），须先填写拟罚款数额并经法制审核（004 第十六条）`, { catalogueEntryId: entry.id });
      }
    }
    if (c.major && !passed) {
      throw new DomainError(ErrorCode.LEGAL_REVIEW_REQUIRED, '重大执法决定未经法制审核或审核未通过，不得作出决定（004 第十六条）', { stage: c.stage });
    }
    checkAdvance(pathOf(c), c.stage, CaseStage.DECISION);
    Object.assign(c, { decisionKinds: decision.kinds, decisionContent: decision.content, fineYuan: decision.fineYuan, decidedOn: decision.decidedOn, decidedAt: now });
    move(tx, ctx.identity, c, CaseStage.DECISION, now, null);
    await hooks.onDecided(tx, ctx.identity, c, now);
    await tx.flush();
    return c;
  });
}

/** 送达 (000 二(四)): the date the decision was served, not before it was made. */
export async function serveDecision(ctx: CasesContext, id: string, version: number, servedOn: string): Promise<EnforcementCase> {
  return ctx.em.transactional(async (tx) => {
    const { c } = await lockForStep(tx, ctx, id, version);
    checkAdvance(pathOf(c), c.stage, CaseStage.SERVICE);
    const now = ctx.clock.now();
    c.servedOn = checkStepDate('servedOn', '送达日期', servedOn, c.decidedOn!, toLocalDate(now));
    move(tx, ctx.identity, c, CaseStage.SERVICE, now, `送达日期 ${c.servedOn}`);
    await tx.flush();
    return c;
  });
}

/** 执行 (000 二(四)): the date the decision was carried out (or paid), not before service. */
export async function recordExecution(ctx: CasesContext, id: string, version: number, executedOn: string, note: string | null | undefined): Promise<EnforcementCase> {
  return ctx.em.transactional(async (tx) => {
    const { c } = await lockForStep(tx, ctx, id, version);
    checkAdvance(pathOf(c), c.stage, CaseStage.EXECUTION);
    const now = ctx.clock.now();
    c.executedOn = checkStepDate('executedOn', '执行日期', executedOn, c.servedOn ?? c.decidedOn!, toLocalDate(now));
    move(tx, ctx.identity, c, CaseStage.EXECUTION, now, note?.trim() || `执行日期 ${c.executedOn}`);
    await tx.flush();
    return c;
  });
}

/**
 * 结案归档 (000 二(四)). An on-site 查封、扣押 or 强制拆除 must have been recorded on audio or video during execution
 * (004 第十五条 second paragraph: 应当进行全程音像记录) before the case can close.
 */
export async function closeCase(ctx: CasesContext, hooks: CaseHooks, id: string, version: number, note: string | null | undefined): Promise<EnforcementCase> {
  return ctx.em.transactional(async (tx) => {
    const { c } = await lockForStep(tx, ctx, id, version);
    checkAdvance(pathOf(c), c.stage, CaseStage.CLOSED);
    if (needsAudiovisualRecord(c.decisionKinds) && !(await hooks.hasAudiovisualRecord(tx, c.id, CaseStage.EXECUTION))) {
      throw new DomainError(ErrorCode.AUDIOVISUAL_RECORD_REQUIRED, '查封、扣押、强制拆除等现场执法活动应当进行全程音像记录，请先在“执行”环节上传录音或录像（004 第十五条）', { stage: c.stage });
    }
    const now = ctx.clock.now();
    c.closedAt = now;
    move(tx, ctx.identity, c, CaseStage.CLOSED, now, note?.trim() || null);
    await tx.flush();
    return c;
  });
}

/**
 * 变更承办人: by the lead or an agency administrator of the subtree, while the case is open; the new set obeys the
 * registration rules (≥ 2, one lead, 001) and everyone added must be entitled now (003 第4条).
 */
export async function changeHandlers(ctx: CasesContext, id: string, version: number, input: HandlersInput): Promise<EnforcementCase> {
  const { identity } = ctx;
  requireRole(identity, 'OFFICER', 'AGENCY_ADMIN');
  const ids = checkHandlers((input.handlerIds ?? []).map((h) => checkId(h, '承办人')), checkId(input.leadOfficerId, '主办人'));
  return ctx.em.transactional(async (tx) => {
    const c = await lockForEdit(tx, EnforcementCase, id, version, { what: '案件', label: (x) => x.number, logAs: CASE_LOG, visible: (x) => mayReadCasesOf(tx, identity, x.agencyId) });
    if (c.stage === CaseStage.CLOSED) throw new DomainError(ErrorCode.ILLEGAL_TRANSITION, '案件已结案归档，不能变更承办人', { stage: c.stage });
    const handlers = await currentHandlers(tx, c.id);
    const lead = handlers.find((h) => h.lead);
    const asLead = identity.officerId != null && lead?.officerId === identity.officerId;
    if (asLead) await requireActingHandler(tx, ctx, c);
    else if (!(await mayManageCasesOf(tx, identity, c.agencyId))) throw new DomainError(ErrorCode.FORBIDDEN, '只有本案主办人或本单位执法部门管理员可以变更承办人');
    const now = ctx.clock.now();
    const added = ids.filter((o) => !handlers.some((h) => h.officerId === o));
    const entitled = added.length ? await ctx.loaders.entitlements.require(c.agencyId, c.field, added, now) : new Map();
    const before = { handlers: handlers.map((h) => `${h.officerName}${h.lead ? '（主办）' : ''}`).join('、') };
    for (const h of handlers) {
      if (!ids.includes(h.officerId)) h.releasedAt = now;
      else if (h.lead !== (h.officerId === input.leadOfficerId)) h.lead = h.officerId === input.leadOfficerId;
    }
    // The partial unique index allows one current lead: release the old lead flag before the new one is written.
    await tx.flush();
    const created = added.map((officerId) => {
      const e = entitled.get(officerId)!;
      return tx.create(CaseHandler, { id: newId(), caseId: c.id, officerId, officerName: e.officerName, certificateNumber: e.certificateNumber, lead: officerId === input.leadOfficerId, assignedAt: now });
    });
    const after = [...handlers.filter((h) => ids.includes(h.officerId)), ...created];
    touch(c, now);
    logChange(tx, identity, now, CASE_LOG, c.id, '变更承办人', diff(before, { handlers: after.map((h) => `${h.officerName}${h.lead ? '（主办）' : ''}`).join('、') }));
    await tx.flush();
    return c;
  });
}

/** 法制审核待办 (004 第十六条): cases waiting for a legal reviewer in the caller's scope, oldest submission first. */
export async function legalReviewQueue(em: EntityManager, identity: Identity, page: PageArgs): Promise<CaseList> {
  requireRole(identity, 'LEGAL_REVIEWER', 'AGENCY_ADMIN', 'SUPERVISOR', 'SYSTEM_ADMIN', 'CERT_ADMIN');
  const readable = readableCasesWhere(identity);
  if (!readable) return { items: [], total: 0 };
  return findPage(em, EnforcementCase, [readable, { stage: CaseStage.LEGAL_REVIEW }, { reviewSubmittedAt: { $ne: null } }], [{ reviewSubmittedAt: 'asc' }, { id: 'asc' }], page);
}
