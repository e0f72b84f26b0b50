import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  checkId, DomainError, diff, ErrorCode, hasRole, lockForEdit, logChange, newId, notFound, requireLogin, requireRole, today,
} from '@jiandu/kit';
import type { CasesContext } from '../context.js';
import { EnforcementCase } from '../cases/case.entity.js';
import { lockCaseForRecord, mayManageCasesOf, mayReadCasesOf, readableCasesWhere } from '../cases/case.access.js';
import { CaseChallenge, CaseChallengeState } from './challenge.entity.js';
import { challengeState, checkChallenge, checkOutcome, requireDecided } from './challenge.rules.js';
import type { ChallengeInput, ChallengeOutcomeInput } from './challenge.inputs.js';

/** The change log's kind of record for challenges. */
export const CHALLENGE_LOG = 'CaseChallenge';
/** At most this many cases per `pendingChallenges` question. */
export const MAX_CHALLENGE_CASES = 100;

const snapshot = (c: CaseChallenge) => ({
  caseId: c.caseId, kind: c.kind, body: c.body, filedOn: c.filedOn, acceptedOn: c.acceptedOn, outcome: c.outcome, outcomeOn: c.outcomeOn, outcomeNote: c.outcomeNote,
});

/**
 * Locks the case a challenge is recorded on (`select … for update`, so concurrent records on one case take
 * turns) for the caller allowed to record it: an agency administrator of the case's agency subtree, or a
 * current handler of the case (the lead's `lockCaseForRecord`: an entitled OFFICER handling it now).
 */
async function lockCaseForChallenge(tx: EntityManager, ctx: CasesContext, caseId: string): Promise<EnforcementCase> {
  const { identity } = ctx;
  if (hasRole(identity, 'AGENCY_ADMIN') && identity.agencyId) {
    checkId(caseId, '案件');
    const c = await tx.findOne(EnforcementCase, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (c && (await mayManageCasesOf(tx, identity, c.agencyId))) return c;
    if (!hasRole(identity, 'OFFICER')) {
      if (!c || !(await mayReadCasesOf(tx, identity, c.agencyId))) throw notFound('案件', caseId);
      throw new DomainError(ErrorCode.FORBIDDEN, '只有本案承办人或本单位及上级执法主体的管理员可以登记复议、诉讼', { field: 'caseId' });
    }
  }
  return (await lockCaseForRecord(tx, ctx, caseId)).c;
}

/** Records a 复议 or 诉讼 against a decided case. */
export async function recordChallenge(ctx: CasesContext, caseId: string, input: ChallengeInput): Promise<CaseChallenge> {
  requireRole(ctx.identity, 'OFFICER', 'AGENCY_ADMIN');
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    const c = await lockCaseForChallenge(tx, ctx, caseId);
    const decidedOn = requireDecided(c);
    const fields = checkChallenge(input, decidedOn, today(ctx.clock));
    const by = ctx.identity.displayName ?? ctx.identity.username ?? '';
    const ch = tx.create(CaseChallenge, { id: newId(), caseId: c.id, ...fields, recordedBy: by, recordedAt: now, updatedAt: now });
    logChange(tx, ctx.identity, now, CHALLENGE_LOG, ch.id, '新建', diff({}, snapshot(ch)));
    await tx.flush();
    return ch;
  });
}

/** Records the outcome of a pending challenge, at the version the clerk saw. */
export async function recordChallengeOutcome(ctx: CasesContext, id: string, version: number, input: ChallengeOutcomeInput): Promise<CaseChallenge> {
  requireRole(ctx.identity, 'OFFICER', 'AGENCY_ADMIN');
  const now = ctx.clock.now();
  return ctx.em.transactional(async (tx) => {
    checkId(id, '复议或诉讼记录');
    const found = await tx.findOne(CaseChallenge, { id });
    if (!found) throw notFound('复议或诉讼记录', id);
    // the case first, then the challenge: the same order as recordChallenge, so the two never deadlock
    await lockCaseForChallenge(tx, ctx, found.caseId);
    const ch = await lockForEdit(tx, CaseChallenge, id, version, { what: '复议或诉讼记录', label: (x) => x.body, logAs: CHALLENGE_LOG });
    const before = snapshot(ch);
    Object.assign(ch, checkOutcome(ch, input, today(ctx.clock)), { updatedAt: now });
    logChange(tx, ctx.identity, now, CHALLENGE_LOG, ch.id, '登记结果', diff(before, snapshot(ch)));
    await tx.flush();
    return ch;
  });
}

/**
 * Whether each case's decision is under 复议 or 诉讼 now — for supervision, asked with the caller's token
 * before a 监督决定书 (004 第二十五条). Every id must be a case the caller may read; an unknown or unreadable
 * one is NOT_FOUND (the question fails rather than answering "not pending" for it). Two statements, whatever the count.
 */
export async function pendingChallenges(em: EntityManager, identity: CasesContext['identity'], caseIds: string[]): Promise<CaseChallengeState[]> {
  requireLogin(identity);
  if (caseIds.length > MAX_CHALLENGE_CASES) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `一次最多查询 ${MAX_CHALLENGE_CASES} 个案件，请分批查询`, { field: 'caseIds', max: MAX_CHALLENGE_CASES });
  }
  const ids = [...new Set(caseIds.map((id) => checkId(id, '案件')))];
  const readable = readableCasesWhere(identity);
  const found = readable ? await em.find(EnforcementCase, { $and: [{ id: { $in: ids } }, readable] }, { fields: ['id'] }) : [];
  const known = new Set(found.map((c) => c.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw notFound('案件', missing);
  const rows = await em.find(CaseChallenge, { caseId: { $in: ids } }, { fields: ['caseId', 'kind', 'outcome'] });
  return ids.map((caseId) => Object.assign(new CaseChallengeState(), challengeState(caseId, rows.filter((r) => r.caseId === caseId))));
}
