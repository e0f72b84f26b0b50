/**
 * What supervision asks of cases, which owns them, at the moment of a command — with the caller's own token,
 * so the answer is under the caller's rights (a case outside his scope is not found), failing closed
 * (DEPENDENCY_UNAVAILABLE) when cases cannot answer. Supervision copies none of a case's data: it keeps the id
 * and asks again when it needs to know.
 *
 *   const cases = ctx.loaders.cases;               // casesDirectory(env().subgraphUrls.cases, ctx.authorization)
 *   const found = await cases.find([caseId]);      // NOT_FOUND for an id the caller cannot read
 *   await cases.requireNoPendingChallenge([caseId]) // 004 第二十五条: refused while under 复议 or 诉讼
 */
import { DomainError, ErrorCode, dependencyUnavailable, querySubgraph } from '@jiandu/kit';

const WHAT = '案件子图';
/** cases answers at most this many ids per question (its `ids` filter and `pendingChallenges`). */
export const MAX_CASE_IDS = 200;

/** The facts of a case supervision needs to decide (cases' field names). */
export interface CaseFacts {
  id: string;
  number: string;
  agencyId: string;
  stage: string;
  category: string;
  major: boolean;
  decidedOn: string | null;
  registeredOn: string;
}

export interface ChallengeState {
  caseId: string;
  pending: boolean;
  challenged: boolean;
  kinds: string[];
}

const FIND = `query SupervisionCases($ids: [ID!]!, $limit: Int!) {
  cases(filter: { ids: $ids }, limit: $limit) { items { id number agencyId stage category major decidedOn registeredOn } }
}`;
const PENDING = `query SupervisionPendingChallenges($ids: [ID!]!) { pendingChallenges(caseIds: $ids) { caseId pending challenged kinds } }`;

export interface CasesDirectory {
  /** The cases of `ids` (each one readable by the caller), in the order asked; NOT_FOUND names the first missing. */
  find(ids: readonly string[]): Promise<CaseFacts[]>;
  /** Whether each case's decision is under 复议 or 诉讼 now (cases' `pendingChallenges`). */
  challengeStates(ids: readonly string[]): Promise<ChallengeState[]>;
  /** 004 第二十五条 (…但当事人已对该具体行政执法行为申请行政复议或者提起行政诉讼的除外): throws CASE_UNDER_CHALLENGE. */
  requireNoPendingChallenge(ids: readonly string[], what: string): Promise<void>;
}

function refusal(errors: { message: string; code: string | null }[], field: string): never | void {
  const e = errors[0];
  if (!e) return;
  if (e.code === ErrorCode.NOT_FOUND || e.code === ErrorCode.BAD_USER_INPUT) {
    throw new DomainError(ErrorCode.NOT_FOUND, `${e.message}（或它不在您的管辖范围内）`, { field });
  }
  if (e.code === ErrorCode.FORBIDDEN || e.code === ErrorCode.UNAUTHENTICATED) throw new DomainError(e.code as ErrorCode, e.message, { field });
  throw dependencyUnavailable(WHAT);
}

export function casesDirectory(url: string, authorization: string | null): CasesDirectory {
  const unique = (ids: readonly string[]) => {
    const u = [...new Set(ids)];
    if (u.length > MAX_CASE_IDS) throw new DomainError(ErrorCode.BAD_USER_INPUT, `一次最多关联 ${MAX_CASE_IDS} 个案件`, { field: 'caseIds', max: MAX_CASE_IDS });
    return u;
  };
  const dir: CasesDirectory = {
    async find(ids) {
      const u = unique(ids);
      if (!u.length) return [];
      const answer = await querySubgraph<{ cases: { items: CaseFacts[] } | null }>(url, FIND, { ids: u, limit: u.length }, { authorization, what: WHAT });
      refusal(answer.errors, 'caseIds');
      const items = answer.data?.cases?.items;
      if (!Array.isArray(items)) throw dependencyUnavailable(WHAT);
      const byId = new Map(items.map((c) => [c.id, c]));
      const missing = u.find((id) => !byId.has(id));
      if (missing) throw new DomainError(ErrorCode.NOT_FOUND, `未找到案件（${missing}），或它不在您的管辖范围内`, { field: 'caseIds', id: missing });
      return u.map((id) => byId.get(id)!);
    },
    async challengeStates(ids) {
      const u = unique(ids);
      if (!u.length) return [];
      const answer = await querySubgraph<{ pendingChallenges: ChallengeState[] | null }>(url, PENDING, { ids: u }, { authorization, what: WHAT });
      refusal(answer.errors, 'caseIds');
      const list = answer.data?.pendingChallenges;
      // An answer that is not one entry per case asked, in order, is not an answer: fail closed.
      if (!Array.isArray(list) || list.length !== u.length || list.some((s, i) => s?.caseId !== u[i] || typeof s.pending !== 'boolean')) {
        throw dependencyUnavailable(WHAT);
      }
      return list;
    },
    async requireNoPendingChallenge(ids, what) {
      const states = await dir.challengeStates(ids);
      const pending = states.find((s) => s.pending);
      if (pending) {
        throw new DomainError(
          ErrorCode.CASE_UNDER_CHALLENGE,
          `该案件的执法决定正在行政复议或行政诉讼中，不能${what}（004 第二十五条）`,
          { field: 'caseIds', caseId: pending.caseId, kinds: pending.kinds },
        );
      }
    },
  };
  return dir;
}
